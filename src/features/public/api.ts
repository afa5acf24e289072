/** The `public` cloud function: anyone may look an account up; a signed-in user may report one. */
import { z } from 'zod'
import { call } from '../../services/api'
import type { ReportReason } from './texts'

export const LookupItemSchema = z.object({
  filingNumber: z.string().nullable(),
  status: z.enum(['approved', 'cancelled']),
  statusLabel: z.string(),
  platform: z.string(),
  accountName: z.string(),
  approvedAt: z.string().nullable()
}).passthrough()
export type LookupItem = z.infer<typeof LookupItemSchema>

export const LookupResultSchema = z.object({
  found: z.boolean(),
  items: z.array(LookupItemSchema)
}).passthrough()
export type LookupResult = z.infer<typeof LookupResultSchema>

export const ReportResultSchema = z.object({ id: z.string(), receiptNumber: z.string(), message: z.string() }).passthrough()
export type ReportResult = z.infer<typeof ReportResultSchema>

export type LookupQuery = { filingNumber: string } | { platform: string, accountName: string }

export async function lookupFiling (query: LookupQuery): Promise<LookupResult> {
  return call('public', 'lookup', query, LookupResultSchema)
}

export interface ReportInput { platform: string, accountName: string, reason: ReportReason, details: string, evidence: string[], subscribed: string[] }

export async function reportAccount (input: ReportInput): Promise<ReportResult> {
  return call('public', 'report', input, ReportResultSchema)
}

export const ReceiptSchema = z.object({
  receiptNumber: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  reason: z.string(),
  at: z.string(),
  status: z.enum(['open', 'processing', 'closed']),
  statusLabel: z.string(),
  outcome: z.string(),
  outcomeNote: z.string(),
  closedAt: z.string().nullable()
})
export type Receipt = z.infer<typeof ReceiptSchema>

/** The reporter's own receipt (anyone else's number answers "not found"). */
export function lookupReceipt (receiptNumber: string): Promise<Receipt> {
  return call('public', 'receipt', { receiptNumber }, z.object({ receipt: ReceiptSchema })).then((r) => r.receipt)
}

export function myReports (): Promise<Receipt[]> {
  return call('public', 'my-reports', {}, z.object({ items: z.array(ReceiptSchema) })).then((r) => r.items)
}

export const PublicNoticeSchema = z.object({ caseNumber: z.string(), name: z.string(), measure: z.string(), publishedAt: z.string() })
export type PublicNotice = z.infer<typeof PublicNoticeSchema>

/** 公示: only what the office chose to publish, while it is live. */
export function publicNotices (): Promise<PublicNotice[]> {
  return call('public', 'notices', {}, z.object({ items: z.array(PublicNoticeSchema) })).then((r) => r.items)
}
