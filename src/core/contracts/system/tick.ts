import { z } from 'zod'
import { defineContract } from '../contract'

export const TickInput = z.object({}).strict()
export const DispatchReport = z.object({ sent: z.number().int(), refused: z.number().int(), retrying: z.number().int(), failed: z.number().int() })
export type DispatchReport = z.infer<typeof DispatchReport>
export const FilePurgeReport = z.object({ uploadsRemoved: z.number().int(), documentsRemoved: z.number().int(), documentsKept: z.number().int(), exportsRemoved: z.number().int() })
export type FilePurgeReport = z.infer<typeof FilePurgeReport>
export const PurgeReport = z.object({
  draftsDeleted: z.number().int(),
  filingsStripped: z.number().int(),
  filesRemoved: z.number().int(),
  /** Uploads, unreferenced photos and exports. */
  files: FilePurgeReport
})
export type PurgeReport = z.infer<typeof PurgeReport>
export const ReminderReport = z.object({ reminded: z.number().int() })
export type ReminderReport = z.infer<typeof ReminderReport>
export const TickOutput = z.object({
  /** Fix-by reminders of returned filings. */
  reminders: ReminderReport,
  /** Reminders before a case's deadline (supervision). */
  caseReminders: ReminderReport,
  /** Re-verification rounds: reminders queued, leads made of non-responders after a deadline. */
  reverification: z.object({ reminded: z.number().int(), leads: z.number().int() }),
  /** Reported changes of operator or contact: filed since, reminded before the due date, leads once overdue. */
  upkeep: z.object({ reminded: z.number().int(), leads: z.number().int(), filed: z.number().int() }),
  dispatch: DispatchReport,
  /** Filings written before the staff search index, indexed in this run (0 once all are). */
  searchIndexed: z.number().int(),
  purge: PurgeReport.extend({ rateCountersRemoved: z.number().int() })
})
export type TickOutput = z.infer<typeof TickOutput>

/** The timer's work: due reminders (filings, cases), then due notifications, then retention and expired rate counters. */
export const tickContract = defineContract({ fn: 'system', action: 'tick', input: TickInput, output: TickOutput })

/** Supervision reminders due today (also part of tick). */
export const remindContract = defineContract({ fn: 'system', action: 'remind', input: TickInput, output: ReminderReport })
