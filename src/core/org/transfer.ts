/**
 * Transfer of a filing to a new operator (转让, issue 12 §7.5). The owner of a filed filing starts a
 * transfer with a one-time code (7 days, shown once) naming who receives it; a new code replaces the
 * open one, and the owner may cancel it. The receiving operator accepts in their own WeChat: they
 * become the owner and the only manager (the old owner and co-managers lose access at their next
 * call), and a change of operator is then due (变更备案, 30 working days: outreach/upkeep.ts).
 * Only a filed filing with nothing in progress moves: an amendment under review or returned, a
 * cancellation, or an open supervision case holds it where it is.
 */
import { text } from '../schemas/fields'
import type { FilingState } from '../filing/state'
import { hasProof, standingOf } from '../filing/status'
import { NOT_A_MANAGER, isManager } from './managers'

/** The open transfer of a filing: which code is current (its keyed hash id), for whom, until when. */
export interface OpenTransfer {
  inviteId: string
  /** The receiving operator as the owner named them. */
  toName: string
  startedAt: string
  expiresAt: string
  /** The owner who started it (a code outlives no change of owner). */
  by: string
}

export const TransferNameSchema = text('接收方名称', 60)

export const TRANSFER_WORD = '转让码'
/** What the receiving operator is told before accepting (the preview answers it). */
export const TRANSFER_CONSEQUENCES = '接收后您将成为该备案的所有人，原管理人将不能再查看或操作；请在30个工作日内提交变更备案，更新主体信息'

export type TransferRefusal = { ok: false; code: 'forbidden' | 'invalid_state'; message: string }
export type TransferChange = TransferRefusal | { ok: true; next: FilingState; revoked: string | null }

const refuse = (code: TransferRefusal['code'], message: string): TransferRefusal => ({ ok: false, code, message })

/** Why the filing cannot move now (its state), or null: filed with a number, not cancelled, no amendment in progress, no open case. */
function stateRefusal(f: FilingState, openCase: boolean): TransferRefusal | null {
  const standing = standingOf(f)
  if (f.status === 'cancelled') return refuse('invalid_state', '该备案已注销，不能转让')
  if (!hasProof({ ...standing, filingNumber: f.filingNumber })) return refuse('invalid_state', '该备案尚未通过审核，取得备案编号后才能转让')
  if (f.status !== 'approved') return refuse('invalid_state', '该备案有变更正在办理（审核中或待修改），请办结后再转让')
  if (openCase) return refuse('invalid_state', '该备案有未结的监管案件（整改、处置等），结案后才能转让')
  return null
}

/** Only the owner starts (or restarts) a transfer, and only of a filed filing with nothing in progress. */
export function canStartTransfer(f: FilingState, actor: string, openCase = false): TransferRefusal | { ok: true } {
  if (!isManager(f, actor)) return refuse('forbidden', NOT_A_MANAGER)
  if (actor !== f.ownerOpenid) return refuse('forbidden', '只有备案的所有人可以转让备案')
  return stateRefusal(f, openCase) ?? { ok: true }
}

/** The open transfer as the owner's screen shows it; an expired one reads as none. */
export function openTransferOf(f: { transfer?: OpenTransfer | null }, now: Date): OpenTransfer | null {
  const t = f.transfer
  return t && t.expiresAt >= now.toISOString() ? t : null
}

/** Starts a transfer: the new code replaces the open one (`revoked`, which the caller deletes). */
export function startTransfer(f: FilingState, actor: string, code: { inviteId: string; toName: string; expiresAt: string }, now: Date, openCase = false): TransferChange {
  const may = canStartTransfer(f, actor, openCase)
  if (!may.ok) return may
  const at = now.toISOString()
  const transfer: OpenTransfer = { inviteId: code.inviteId, toName: code.toName, startedAt: at, expiresAt: code.expiresAt, by: actor }
  return { ok: true, next: { ...f, transfer, version: f.version + 1, updatedAt: at }, revoked: f.transfer?.inviteId ?? null }
}

/** The owner withdraws the open code. */
export function cancelTransfer(f: FilingState, actor: string, now: Date): TransferChange {
  if (!isManager(f, actor)) return refuse('forbidden', NOT_A_MANAGER)
  if (actor !== f.ownerOpenid) return refuse('forbidden', '只有备案的所有人可以撤销转让')
  if (!f.transfer) return refuse('invalid_state', '该备案没有进行中的转让，请刷新后查看')
  return { ok: true, next: { ...f, transfer: null, version: f.version + 1, updatedAt: now.toISOString() }, revoked: f.transfer.inviteId }
}

/**
 * Whether `openid` may take the filing over with the code `inviteId`: the code must still be the open
 * one, issued by the present owner, the filing still transferable, and the taker someone else.
 */
export function transferRefusal(f: FilingState, inviteId: string, openid: string, openCase = false): TransferRefusal | null {
  const t = f.transfer
  if (!t || t.inviteId !== inviteId) return refuse('invalid_state', `${TRANSFER_WORD}已被撤销或已由新的${TRANSFER_WORD}替换，请向备案的所有人索取新的${TRANSFER_WORD}`)
  if (t.by !== f.ownerOpenid) return refuse('invalid_state', `该备案的所有人已变更，${TRANSFER_WORD}已失效，请向现在的所有人索取新的${TRANSFER_WORD}`)
  if (openid === f.ownerOpenid) return refuse('forbidden', '您已是该备案的所有人，不能接收自己转让的备案')
  const state = stateRefusal(f, openCase)
  return state ? refuse('invalid_state', `${state.message}；${TRANSFER_WORD}已不能使用`) : null
}

/** The receiving operator takes the filing over: owner and only manager; the open transfer ends. */
export function transferTo(f: FilingState, inviteId: string, newOwner: string, now: Date, openCase = false): TransferChange {
  const refused = transferRefusal(f, inviteId, newOwner, openCase)
  if (refused) return refused
  const at = now.toISOString()
  const name = f.transfer?.toName ?? ''
  return {
    ok: true,
    next: { ...f, ownerOpenid: newOwner, managers: [{ openid: newOwner, name, addedAt: at, addedBy: f.ownerOpenid }], transfer: null, version: f.version + 1, updatedAt: at },
    revoked: null
  }
}
