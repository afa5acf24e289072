/** The `public` cloud function: anyone may look an account up; a signed-in user may report one. */
import { lookupContract, type LookupInput, type LookupItem as Item, type LookupOutput } from '../../core/contracts/public/lookup'
import { reportContract, type ReportInput as Input, type ReportOutput } from '../../core/contracts/public/report'
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
