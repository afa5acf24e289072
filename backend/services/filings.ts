/** Loading, ownership and record construction shared by the filing actions. */
import { addDays, localDate, weekday, type DraftContent } from '../core'
import type { Ctx, UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { FilingRecord } from '../ports/records'
import { sealContent } from './sealing'
import { withDerived } from './filing-index'

export function requireUser(ctx: Ctx): UserCtx {
  if (!ctx.caller.openid) throw errors.unauthenticated()
  return ctx as UserCtx
}

/** The caller's workflow role on a record: its owner, or any other applicant. */
export function ownerOrOther(ctx: UserCtx): (rec: FilingRecord) => 'owner' | 'other' {
  return (rec) => (rec.ownerOpenid === ctx.caller.openid ? 'owner' : 'other')
}

export async function loadFiling(ctx: Ctx, id: string): Promise<FilingRecord> {
  const rec = await ctx.rt.store.filings.get(id)
  if (!rec) throw errors.notFound()
  return rec
}

/** Applicant actions only ever touch the caller's own filings. */
export async function loadOwnFiling(ctx: UserCtx, id: string): Promise<FilingRecord> {
  const rec = await loadFiling(ctx, id)
  if (rec.ownerOpenid !== ctx.caller.openid) throw errors.forbidden('这不是您提交的备案，无法查看或操作')
  return rec
}

export function assertVersion(rec: FilingRecord, version: number): void {
  if (rec.version !== version) throw errors.conflict()
}

export function newDraftRecord(ctx: UserCtx, content: DraftContent): FilingRecord {
  const at = ctx.now.toISOString()
  const sealed = sealContent(content, ctx.rt.crypto)
  const base: FilingRecord = {
    id: ctx.rt.ids.newId(),
    ownerOpenid: ctx.caller.openid,
    status: 'draft',
    version: 1,
    working: { content: sealed.content, secrets: sealed.secrets },
    approved: null,
    filingNumber: null,
    subscribed: [],
    returnReasons: [],
    rejectReason: null,
    createdAt: at,
    updatedAt: at,
    submittedAt: null,
    decidedAt: null,
    reviewDueDate: null,
    submittedWeek: null,
    sortAt: at,
    searchText: '',
    index: { accountKeys: [], platforms: [], accountNames: [], subjectType: null, subjectName: '', town: null, dueDate: null, idHashes: [] },
    demo: false
  }
  return withDerived(base, content, sealed.idHashes, ctx.rt.config)
}

/** The next version of `rec` with new working content (derived fields refreshed). */
export function withWorkingContent(ctx: Ctx, rec: FilingRecord, content: DraftContent): FilingRecord {
  const sealed = sealContent(content, ctx.rt.crypto)
  return withDerived({ ...rec, working: { content: sealed.content, secrets: sealed.secrets } }, content, sealed.idHashes, ctx.rt.config)
}

/** Bumps version and timestamps; every filing write goes through this. */
export function nextVersion(ctx: Ctx, rec: FilingRecord, patch: Partial<FilingRecord> = {}): FilingRecord {
  const at = ctx.now.toISOString()
  const next = { ...rec, ...patch, version: rec.version + 1, updatedAt: at }
  return { ...next, sortAt: next.submittedAt ?? at, submittedWeek: next.submittedAt ? weekOf(next.submittedAt, ctx.rt.config.timezone) : null }
}

/** Monday of the local week of an instant. */
export function weekOf(instant: string, timezone: string): string {
  const day = localDate(instant, timezone)
  return addDays(day, -((weekday(day) + 6) % 7))
}
