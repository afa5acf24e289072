/** The staff screens' calls, each through its action's contract in src/core/contracts. */
import { redeemInviteContract, type RedeemInviteOutput } from '../../core/contracts/applicant/redeem-invite'
import type { FilingOutcome, StaffRole } from '../../core/contracts/shared'
import { staffCancelContract, type StaffCancelOutput } from '../../core/contracts/staff/cancel'
import { decideContract } from '../../core/contracts/staff/decide'
import { exportContract, type ExportLinkOutput, type ExportOutput } from '../../core/contracts/staff/export'
import { exportDoneContract, type ExportDoneOutput } from '../../core/contracts/staff/export-done'
import { exportLinkContract } from '../../core/contracts/staff/export-link'
import { staffGetContract, type DuplicateHint, type HistoryEntry as History, type StaffGetOutput } from '../../core/contracts/staff/get'
import { queueContract, type QueueItem as Item, type QueueOutput } from '../../core/contracts/staff/queue'
import { queueCountsContract, type QueueCountsOutput } from '../../core/contracts/staff/queue-counts'
import { staffInviteRevokeContract } from '../../core/contracts/staff/staff-invite-revoke'
import { revealContract } from '../../core/contracts/staff/reveal'
import { staffInviteContract, type StaffInviteOutput } from '../../core/contracts/staff/staff-invite'
import { staffListContract, type PendingInviteView, type StaffMemberView } from '../../core/contracts/staff/staff-list'
import { staffRemoveContract } from '../../core/contracts/staff/staff-remove'
import type { Decision } from '../../core/schemas/decision'
import type { SensitivePath } from '../../core/schemas/sensitive-paths'
import { call } from '../../services/api'
import type { QueueFilter } from './filters'

export type QueueItem = Item
export type QueuePage = QueueOutput
export type HistoryEntry = History
export type Duplicate = DuplicateHint
export type FilingDetail = StaffGetOutput
export type Outcome = FilingOutcome
export type ExportResult = ExportOutput
export type ExportLink = ExportLinkOutput
export type StaffMember = StaffMemberView
export type PendingInvite = PendingInviteView
export type QueueCounts = QueueCountsOutput

export const PAGE_SIZE = 20

export function loadQueue (filter: QueueFilter, cursor: string | null): Promise<QueuePage> {
  return call(queueContract, { ...filter, ...(cursor !== null ? { cursor } : {}), limit: PAGE_SIZE })
}

/** Per-status counts under the queue's current search and filters (its tabs show them). */
export function loadQueueCounts (filter: QueueFilter): Promise<QueueCounts> {
  const { status: _status, ...narrow } = filter
  return call(queueCountsContract, narrow)
}

export function revokeInvite (id: string): Promise<unknown> {
  return call(staffInviteRevokeContract, { id })
}

export function loadFiling (id: string): Promise<FilingDetail> {
  return call(staffGetContract, { id })
}

export function revealId (id: string, field: SensitivePath): Promise<string | null> {
  return call(revealContract, { id, field }).then((r) => r.value)
}

export function decide (id: string, version: number, decision: Decision): Promise<Outcome> {
  return call(decideContract, { id, version, decision })
}

/** The office's cancellation (注销) of an approved filing, admin only, with a reason. */
export function officeCancel (id: string, version: number, reason: string): Promise<StaffCancelOutput> {
  return call(staffCancelContract, { id, version, reason })
}

export function exportXlsx (filter: QueueFilter, full: boolean): Promise<ExportResult> {
  return call(exportContract, { ...filter, full })
}

/** A fresh one-time link to my export while it still exists. */
export function exportLink (exportId: string): Promise<ExportLink> {
  return call(exportLinkContract, { exportId })
}

/** The file is on the phone: the server deletes its copy now. */
export function exportDone (exportId: string): Promise<ExportDoneOutput> {
  return call(exportDoneContract, { exportId })
}

/** Who is staff, and the invites nobody has redeemed yet. */
export function listStaff (): Promise<{ members: StaffMember[], invites: PendingInvite[] }> {
  return call(staffListContract, {})
}

export function inviteStaff (name: string, role: StaffRole): Promise<StaffInviteOutput> {
  return call(staffInviteContract, { name, role })
}

export function removeStaff (openid: string): Promise<void> {
  return call(staffRemoveContract, { openid }).then(() => undefined)
}

export function redeemInvite (code: string, idNumber: string, mobile: string): Promise<RedeemInviteOutput> {
  return call(redeemInviteContract, { code, idNumber, mobile })
}
