/** Organisations: co-managers, joining a filing by code, bulk accounts from a spreadsheet, subject profiles. */
export { ManagersScreen } from './ManagersScreen'
export { JoinScreen } from './JoinScreen'
export { BulkScreen } from './BulkScreen'
export { ProfilesScreen } from './ProfilesScreen'
export { OT as ORG_TEXTS } from './texts'
