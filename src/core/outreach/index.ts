/** Outreach and upkeep (issue 11): events for filed operators, sign-up and attendance. */
export * from './activity'
export * from './messages'
export * from './reverification'
export * from './awards'
export * from './upkeep'
export * from './directory'
export * from './change-kinds'
