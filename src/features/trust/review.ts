/** Trust on the staff review screen: cross-check flags, readings, per-account checklist. */
export { TrustFlags, AccountChecks } from './TrustPanel'
export { TrustViewSchema, type TrustView } from './api'
