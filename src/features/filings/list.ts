/**
 * 我的备案's list call, apart from ./api: the tab page lives in the main package, and this module
 * pulls in only the list row's schema (./api brings the detail screen's content schemas).
 */
import { listMineContract } from '../../core/contracts/applicant/list-mine'
import { myCasesContract } from '../../core/contracts/applicant/my-cases'
import type { MyCaseRow as Row } from '../../core/contracts/supervision/case-row'
import type { FilingListItem } from '../../core/contracts/shared'
import { call } from '../../services/api'

export type MyFilingRow = FilingListItem

export function listMine (): Promise<MyFilingRow[]> {
  return call(listMineContract, {}).then((r) => r.items)
}

export type MyCaseRow = Row

/** The operator's supervision matters (applicant/my-cases), shown above the filings. */
export function listMyCases (): Promise<MyCaseRow[]> {
  return call(myCasesContract, {}).then((r) => r.items)
}
