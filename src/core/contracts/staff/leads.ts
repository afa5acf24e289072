/** Leads (线索): the list, one lead, a sweep's account, an imported list, 督促 and dismissal. */
import { z } from 'zod'
import { LEAD_STATUSES, LeadInputSchema, MAX_LEADS_PER_IMPORT, UrgeSchema } from '../../supervision/lead'
import { note } from '../../supervision/common'
import { defineContract } from '../contract'
import { Version } from '../shared'
import { HistoryRows, LeadItem, LeadOutcome, StatusCounts } from '../supervision/views'
import { RecordId } from './record-id'

export const LeadsInput = z
  .object({
    status: z.enum(LEAD_STATUSES, { errorMap: () => ({ message: '线索状态无效' }) }).optional(),
    town: z.string().max(32).optional(),
    platform: z.string().max(32).optional(),
    q: z.string().trim().max(50, '搜索内容不能超过50个字').optional(),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export const leadsContract = defineContract({ fn: 'staff', action: 'leads', input: LeadsInput, output: z.object({ items: z.array(LeadItem), counts: StatusCounts }) })

export const LeadGetOutput = z.object({
  lead: LeadItem,
  history: HistoryRows,
  /** Reports linked to this lead (receipt numbers only). */
  reports: z.array(z.object({ id: z.string(), receiptNumber: z.string(), statusLabel: z.string() })),
  /** A working-day deadline offered by default (config urgeWorkingDays from today). */
  suggestedDeadline: z.string()
})
export type LeadGetOutput = z.infer<typeof LeadGetOutput>
export const leadGetContract = defineContract({ fn: 'staff', action: 'lead-get', input: z.object({ id: RecordId('线索') }).strict(), output: LeadGetOutput })

/** A staff sweep (巡查) adds one account. */
export const leadCreateContract = defineContract({ fn: 'staff', action: 'lead-create', input: LeadInputSchema.strict(), output: z.object({ outcome: LeadOutcome }) })

/** A list (名单) of accounts: each row is created, merged into an existing lead, or reported as already filed / invalid. */
export const LeadImportInput = z
  .object({
    listName: note('名单名称', 40, 2),
    rows: z.array(z.unknown(), { required_error: '请提供名单' }).min(1, '名单是空的').max(MAX_LEADS_PER_IMPORT, `每次最多导入${MAX_LEADS_PER_IMPORT}个账号，请分批导入`)
  })
  .strict()
export const LeadImportOutput = z.object({ outcomes: z.array(LeadOutcome), created: z.number().int(), merged: z.number().int(), filed: z.number().int(), invalid: z.number().int() })
export const leadImportContract = defineContract({ fn: 'staff', action: 'lead-import', input: LeadImportInput, output: LeadImportOutput })

const LeadChange = z.object({ lead: LeadItem })
export const LeadUrgeInput = z.object({ id: RecordId('线索'), version: Version }).merge(UrgeSchema).strict()
export const leadUrgeContract = defineContract({ fn: 'staff', action: 'lead-urge', input: LeadUrgeInput, output: LeadChange })
export const LeadDismissInput = z.object({ id: RecordId('线索'), version: Version, reason: note('排除原因', 200, 2) }).strict()
export const leadDismissContract = defineContract({ fn: 'staff', action: 'lead-dismiss', input: LeadDismissInput, output: LeadChange })
