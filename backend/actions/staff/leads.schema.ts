import { z } from 'zod'
import { LEAD_STATUSES, LeadInputSchema, MAX_LEADS_PER_IMPORT, UrgeSchema, note } from '../../core'
import type { LeadOutcome } from '../../services/supervision/leads'
import type { LeadItem } from '../../services/supervision/views'
import { RecordId, Version } from '../shared.schema'

export const LeadsInput = z
  .object({
    status: z.enum(LEAD_STATUSES, { errorMap: () => ({ message: '线索状态无效' }) }).optional(),
    town: z.string().max(32).optional(),
    platform: z.string().max(32).optional(),
    q: z.string().trim().max(50, '搜索内容不能超过50个字').optional(),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export interface LeadsOutput {
  items: LeadItem[]
  counts: Record<string, number>
}

export const LeadGetInput = z.object({ id: RecordId('线索') }).strict()
export interface LeadGetOutput {
  lead: LeadItem
  history: Array<{ at: string; action: string; actorRole: string; detail: Record<string, unknown> }>
  /** Reports linked to this lead (receipt numbers only). */
  reports: Array<{ id: string; receiptNumber: string; statusLabel: string }>
  /** A working-day deadline offered by default (config urgeWorkingDays from today). */
  suggestedDeadline: string
}

/** A staff sweep (巡查) adds one account. */
export const LeadCreateInput = LeadInputSchema.strict()
export interface LeadCreateOutput {
  outcome: LeadOutcome
}

/** A list (名单) of accounts: each row is created, merged into an existing lead, or reported as already filed / invalid. */
export const LeadImportInput = z
  .object({
    listName: note('名单名称', 40, 2),
    rows: z.array(z.unknown(), { required_error: '请提供名单' }).min(1, '名单是空的').max(MAX_LEADS_PER_IMPORT, `每次最多导入${MAX_LEADS_PER_IMPORT}个账号，请分批导入`)
  })
  .strict()
export interface LeadImportOutput {
  outcomes: LeadOutcome[]
  created: number
  merged: number
  filed: number
  invalid: number
}

export const LeadUrgeInput = z.object({ id: RecordId('线索'), version: Version }).merge(UrgeSchema).strict()
export const LeadDismissInput = z.object({ id: RecordId('线索'), version: Version, reason: note('排除原因', 200, 2) }).strict()
export interface LeadChangeOutput {
  lead: LeadItem
}
