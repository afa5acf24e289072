/** Trust on the staff review screen: cross-check flags, readings, per-account checklist. */
export { TrustFlags, AccountChecks } from './TrustPanel'
export type { TrustView } from './api'
