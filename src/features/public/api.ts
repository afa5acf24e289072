/** The `public` cloud function: anyone may look an account up; a signed-in user may report one. */
import { z } from 'zod'
import { call } from '../../services/api'
import { PUBLIC_STANDINGS } from '../../core/filing/status'
import type { ReportReason } from './texts'

export const LookupItemSchema = z.object({
  filingNumber: z.string().nullable(),
  status: z.enum(PUBLIC_STANDINGS),
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

export const ReportResultSchema = z.object({ id: z.string(), message: z.string() }).passthrough()
export type ReportResult = z.infer<typeof ReportResultSchema>

export type LookupQuery = { filingNumber: string } | { platform: string, accountName: string }

export async function lookupFiling (query: LookupQuery): Promise<LookupResult> {
  return call('public', 'lookup', query, LookupResultSchema)
}

export interface ReportInput { platform: string, accountName: string, reason: ReportReason, details: string }

export async function reportAccount (input: ReportInput): Promise<ReportResult> {
  return call('public', 'report', input, ReportResultSchema)
}
