/** Loading and ownership checks shared by the filing actions, and drafts (edits, not transitions). */
import { editWorking, isManager, newDraft, NOT_A_MANAGER, type DraftContent } from '../core'
import type { Ctx, UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { FilingRecord } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import { sealVersion } from './sealing'
import { refusalError } from './transition'

/** Writes the next version of a filing an applicant changed (against the version read) with its audit entry, in the caller's unit. */
export async function writeApplicantChange(ctx: UserCtx, tx: UnitOfWork, cur: FilingRecord, next: FilingRecord, action: string, detail: Record<string, string>): Promise<FilingRecord> {
  if (!(await tx.filings.replaceIfVersion(next, cur.version))) throw errors.conflict()
  await tx.audit.insert({ id: ctx.rt.ids.newId(), at: ctx.now.toISOString(), actorOpenid: ctx.caller.openid, actorRole: 'applicant', action, filingId: cur.id, detail })
  return next
}

export function requireUser(ctx: Ctx): UserCtx {
  if (!ctx.caller.openid) throw errors.unauthenticated()
  return ctx as UserCtx
}

export async function loadFiling(ctx: Ctx, id: string): Promise<FilingRecord> {
  const rec = await ctx.rt.store.filings.get(id)
  if (!rec) throw errors.notFound()
  return rec
}

/** Applicant actions only ever touch filings the caller manages (owner or co-manager). */
export async function loadOwnFiling(ctx: UserCtx, id: string): Promise<FilingRecord> {
  const rec = await loadFiling(ctx, id)
  if (!isManager(rec, ctx.caller.openid)) throw errors.forbidden(NOT_A_MANAGER)
  return rec
}

export function newDraftRecord(ctx: UserCtx, content: DraftContent): FilingRecord {
  return newDraft(ctx.rt.ids.newId(), ctx.caller.openid, sealVersion(content, ctx.rt.crypto, ctx.rt.config), ctx.now, ctx.rt.config)
}

/** The next version of an editable filing with new working content (core decides what is editable). */
export function editedRecord(ctx: UserCtx, rec: FilingRecord, content: DraftContent): FilingRecord {
  const r = editWorking(rec, sealVersion(content, ctx.rt.crypto, ctx.rt.config), { kind: 'applicant', openid: ctx.caller.openid }, ctx.now, ctx.rt.config)
  if (!r.ok) throw refusalError(r)
  return r.next
}
