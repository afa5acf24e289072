/**
 * What other features use of outreach: the wizard sends an amendment as a 年度核验 answer when
 * the operator came from the 年度核验 screen with changes. (Screens are imported by their page files.)
 */
export { amendAsReverify, pendingReverify, type PendingReverify } from './pending'
