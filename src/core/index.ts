/**
 * Pure domain core shared by the mini-program, the cloud functions and the local server.
 * No platform APIs, no I/O, no clock: callers pass `now`.
 */
export * from './result'
export { isIsoDate, isIsoInstant, localDate, localDateTime, addDays, daysBetween, weekday } from './dates'

export * from './jurisdiction/schema'
export { kaipingConfig } from './jurisdiction/kaiping'

export * from './validators'

// Field builders under a namespace: names like `email` or `url` would collide at top level.
export * as fieldSchemas from './schemas/fields'
export { MAX_TEXT, MAX_URL } from './schemas/fields'
export * from './schemas/subject'
export * from './schemas/account'
export * from './schemas/documents'
export * from './schemas/field-errors'
export * from './schemas/field-labels'
export * from './schemas/filing'
export { DecisionSchema, ReturnReasonSchema, COMMON_RETURN_REASONS, commonReturnReasons, reasonKindOf, type Decision, type ReasonKind, type ReturnReason } from './schemas/decision'

export * from './place-names'
export { changesSince, type FieldChange } from './filing/changes'
export * from './eligibility'
export { FilingBasisSchema, type FilingBasis } from './schemas/eligibility-answers'
export * from './basis'
export * from './workflow'
export * from './calendar'
export { filingDueDate, isFilingOverdue, reviewDueDate, reviewWorkingDaysLeft, workingDaysLeftUntil } from './deadlines'
export * from './wechat-limits'
export * from './notifications/templates'
export * from './notifications/policy'
export * from './filing'
export * from './rate-limits'
export { FILING_DETAIL_PAGE, PAGES, pagePath, pageUrl, paths, appPages, type PageKey } from './routes'
export * from './mask'
export * from './filing-number'
export * from './office-hours'
export * from './retention'
export * from './schemas/catalogue'
export * from './status'
export * from './schemas/sensitive-paths'
export * from './schemas/report'
export * from './supervision'
export * from './capture'
export * from './trust'
export * from './outreach'
