/**
 * What other features may use of the wizard. Kept light on purpose: a feature importing this
 * index bundles what it re-exports (the screen itself is reached through its page, not here).
 */
export { removeLocalDraft } from './local-draft'
export { handSelfCheckToWizard } from './self-check-start'
