/**
 * 我的备案's list call, apart from ./api: the tab page lives in the main package, and this module
 * pulls in only the list row's schema (./api brings the detail screen's content schemas).
 */
import { listMineContract } from '../../core/contracts/applicant/list-mine'
import type { FilingListItem } from '../../core/contracts/shared'
import { call } from '../../services/api'

export type MyFilingRow = FilingListItem

export function listMine (): Promise<MyFilingRow[]> {
  return call(listMineContract, {}).then((r) => r.items)
}
