/** The `public` cloud function: anyone may look an account up; a signed-in user may report one. */
import { lookupContract, type LookupInput, type LookupItem as Item, type LookupOutput } from '../../core/contracts/public/lookup'
import { reportContract, type ReportInput as Input, type ReportOutput } from '../../core/contracts/public/report'
import { myReportsContract, noticesContract, receiptContract } from '../../core/contracts/public/receipt'
import type { PublicNoticeItem, ReceiptView } from '../../core/contracts/supervision/views'
import { call } from '../../services/api'

export type LookupItem = Item
export type LookupResult = LookupOutput
export type ReportResult = ReportOutput
export type LookupQuery = LookupInput
export type ReportInput = Input

export async function lookupFiling (query: LookupQuery): Promise<LookupResult> {
  return call(lookupContract, query)
}

export async function reportAccount (input: ReportInput): Promise<ReportResult> {
  return call(reportContract, input)
}

export type Receipt = ReceiptView

/** The reporter's own receipt (anyone else's number answers "not found"). */
export function lookupReceipt (receiptNumber: string): Promise<Receipt> {
  return call(receiptContract, { receiptNumber }).then((r) => r.receipt)
}

export function myReports (): Promise<Receipt[]> {
  return call(myReportsContract, {}).then((r) => r.items)
}

export type PublicNotice = PublicNoticeItem

/** 公示: only what the office chose to publish, while it is live. */
export function publicNotices (): Promise<PublicNotice[]> {
  return call(noticesContract, {}).then((r) => r.items)
}
