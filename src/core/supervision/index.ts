/** Supervision (监管): reports, leads, case files, notices, reminders and the director's dashboard. */
export * from './common'
export * from './report'
export * from './lead'
export * from './case-steps'
export * from './case'
export * from './notices'
export * from './messages'
export * from './dashboard'
