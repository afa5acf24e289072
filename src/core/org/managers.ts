/**
 * Who manages a filing (co-managers, issue 12 §7): a filing belongs to a list of managers, not to
 * one employee's WeChat. The owner (`ownerOpenid`, who receives the office's messages) is always
 * the first manager; the owner invites co-managers by a one-time code and removes them; any
 * manager may leave, except the last one. When the owner leaves, the next manager becomes owner.
 * Every applicant action authorises against this list (`isManager`).
 */
import type { FilingState, Manager } from '../filing/state'

export const MAX_MANAGERS = 10

export type ManagerRefusal = { ok: false; code: 'forbidden' | 'invalid_state' | 'invalid_payload'; message: string }
export type ManagerChange = ManagerRefusal | { ok: true; next: FilingState; removed?: Manager }

type Managed = Pick<FilingState, 'ownerOpenid' | 'createdAt'> & { managers?: readonly Manager[] }

/** The managers of a filing; a record written before co-managers existed has its owner only. */
export function managersOf(f: Managed): Manager[] {
  const listed = (f.managers ?? []).filter((m) => m.openid !== f.ownerOpenid)
  const owner = f.managers?.find((m) => m.openid === f.ownerOpenid) ?? { openid: f.ownerOpenid, name: '', addedAt: f.createdAt, addedBy: f.ownerOpenid }
  return [owner, ...listed]
}

export function isManager(f: Managed, openid: string | null | undefined): boolean {
  return typeof openid === 'string' && openid.length > 0 && managersOf(f).some((m) => m.openid === openid)
}

export const NOT_A_MANAGER = '您不是该备案的管理人，无法查看或操作'

/** Only the owner hands out co-manager codes, and only while there is room for one more. */
export function canInviteManager(f: Managed, actor: string): ManagerRefusal | { ok: true } {
  if (actor !== f.ownerOpenid) return { ok: false, code: 'forbidden', message: '只有备案的所有人可以邀请共同管理人' }
  if (managersOf(f).length >= MAX_MANAGERS) return { ok: false, code: 'invalid_state', message: `一个备案最多${MAX_MANAGERS}位管理人，请先移除不再负责的人员` }
  return { ok: true }
}

function bumped(f: FilingState, managers: Manager[], owner: string, now: Date): FilingState {
  return { ...f, ownerOpenid: owner, managers, version: f.version + 1, updatedAt: now.toISOString() }
}

/** The person redeeming a co-manager code joins (the inviter must still be the owner). */
export function addManager(f: FilingState, joiner: { openid: string; name: string }, invitedBy: string, now: Date): ManagerChange {
  if (invitedBy !== f.ownerOpenid) return { ok: false, code: 'invalid_state', message: '邀请人已不再是该备案的所有人，请向现在的所有人索取新的邀请码' }
  if (isManager(f, joiner.openid)) return { ok: false, code: 'invalid_state', message: '您已经是该备案的管理人' }
  const room = canInviteManager(f, invitedBy)
  if (!room.ok) return room
  const managers = [...managersOf(f), { openid: joiner.openid, name: joiner.name, addedAt: now.toISOString(), addedBy: invitedBy }]
  return { ok: true, next: bumped(f, managers, f.ownerOpenid, now) }
}

/**
 * `actor` removes `target`: the owner may remove anyone; anyone may remove themselves (leave).
 * The last manager cannot leave (the filing would belong to no one: cancel it instead).
 */
export function removeManager(f: FilingState, target: string, actor: string, now: Date): ManagerChange {
  const list = managersOf(f)
  if (!isManager(f, actor)) return { ok: false, code: 'forbidden', message: NOT_A_MANAGER }
  const removed = list.find((m) => m.openid === target)
  if (!removed) return { ok: false, code: 'invalid_payload', message: '该人员不是这个备案的管理人，请刷新后重试' }
  if (actor !== target && actor !== f.ownerOpenid) return { ok: false, code: 'forbidden', message: '只有备案的所有人可以移除其他管理人' }
  if (list.length === 1) return { ok: false, code: 'invalid_state', message: '您是该备案唯一的管理人，不能退出；如不再需要该备案，请申请注销' }
  const managers = list.filter((m) => m.openid !== target)
  const owner = target === f.ownerOpenid ? managers[0].openid : f.ownerOpenid
  return { ok: true, next: bumped(f, managers, owner, now), removed }
}
