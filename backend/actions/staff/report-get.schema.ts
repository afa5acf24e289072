import { z } from 'zod'
import type { ReportItem } from '../../services/supervision/views'
import { RecordId } from '../shared.schema'

export const ReportGetInput = z.object({ id: RecordId('举报') }).strict()
export interface ReportGetOutput {
  report: ReportItem
  /** 10-minute links to the screenshots, in order. */
  evidenceLinks: string[]
  /** Filings of the same platform + account name (to link), and an unfiled lead for it if one exists. */
  matches: { filings: Array<{ id: string; filingNumber: string | null; statusLabel: string; accountNames: string[] }>; lead: { id: string; statusLabel: string } | null }
  staff: Array<{ openid: string; name: string }>
  history: Array<{ at: string; action: string; actorRole: string; detail: Record<string, unknown> }>
}
