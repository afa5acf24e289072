/**
 * What every supervision use case needs: loading a record or answering "not found", the
 * caller's supervision role, an audit entry about a report / lead / case, and attachment checks.
 */
import { RECUSAL_MESSAGES, recusalReason, type AttachmentKind, type SupervisionActor } from '../../core'
import type { Ctx, UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import { HELD_FOREVER, type AuditEntry, type CaseRecord, type FilingRecord, type JsonObject, type LeadRecord, type ReportRecord } from '../../ports/records'
import { staffIdentity } from '../staff-identity'
import { isOwnDocumentPath } from '../storage-paths'
import { auditRecusal } from '../recusal'

export async function loadReport(ctx: Ctx, id: string): Promise<ReportRecord> {
  const r = await ctx.rt.store.reports.get(id)
  if (!r) throw errors.notFound('找不到该举报，请返回列表刷新')
  return r
}

export async function loadLead(ctx: Ctx, id: string): Promise<LeadRecord> {
  const l = await ctx.rt.store.leads.get(id)
  if (!l) throw errors.notFound('找不到该线索，请返回列表刷新')
  return l
}

export async function loadCase(ctx: Ctx, id: string): Promise<CaseRecord> {
  const c = await ctx.rt.store.cases.get(id)
  if (!c) throw errors.notFound('找不到该案件，请返回列表刷新')
  return c
}

/** Staff act as their role; anyone else on a case is its operator or nobody. */
export function staffActor(ctx: Ctx): SupervisionActor {
  if (ctx.caller.role === 'admin') return 'admin'
  if (ctx.caller.role === 'reviewer') return 'reviewer'
  throw errors.forbidden('此功能仅限网信办工作人员使用')
}

/**
 * Separation of duties, the lifecycle's rule (core's `recusalReason`): nobody opens or works a case
 * about a filing they own or in which they are the subject, the operator or the contact phone.
 * A refusal is audited like a refused decision.
 */
export async function assertNotRecused(ctx: Ctx, filing: FilingRecord, attempted: string): Promise<void> {
  const reason = recusalReason(filing, await staffIdentity(ctx))
  if (!reason) return
  const refusal = { ok: false as const, code: 'recused' as const, message: RECUSAL_MESSAGES[reason], recusal: reason }
  await auditRecusal(ctx, filing.id, attempted, refusal)
  throw errors.forbidden(refusal.message)
}

export function auditEntry(ctx: Ctx, action: string, refId: string, detail: JsonObject, filingId: string | null = null): AuditEntry {
  return {
    id: ctx.rt.ids.newId(),
    at: ctx.now.toISOString(),
    actorOpenid: ctx.caller.openid,
    actorRole: ctx.caller.role,
    action,
    filingId,
    refId,
    detail
  }
}

/**
 * Every attachment must be one of the caller's stored photos (uploaded and ingested by the server,
 * `documents/<owner>/<sha256>.jpg`) taken as this kind of attachment — and, for a case, for this
 * case — and must exist. A forged id, another person's file, a filing's ID photo passed off as a
 * screenshot, or a photo taken for another case is refused before anything is written.
 */
export async function checkAttachments(ctx: UserCtx, fileIds: readonly string[], kind: AttachmentKind, refId: string | null, label: string, field: string): Promise<void> {
  const { files, crypto, store } = ctx.rt
  const refused = (i: number) => errors.forbidden(`第${i + 1}张${label}不是您在此处上传的文件，请删除后重新上传`)
  for (const [i, id] of fileIds.entries()) {
    const path = files.pathOf(id)
    if (!path || !isOwnDocumentPath(crypto, ctx.caller.openid, path)) throw refused(i)
    const rows = await store.trackedFiles.listByFileId(id)
    const taken = rows.some((r) => r.kind === 'document' && r.ownerOpenid === ctx.caller.openid && r.documentKind === kind && (refId === null || r.refId === refId))
    if (!taken) throw refused(i)
  }
  const infos = await Promise.all(fileIds.map((id) => files.info(id)))
  infos.forEach((info, i) => {
    if (!info.exists) throw errors.invalid(`第${i + 1}张${label}不存在，请重新上传`, { [`${field}.${i}`]: `第${i + 1}张${label}不存在，请重新上传` })
  })
}

/** Photos a report or a case holds stay with that record (the purge leaves them). */
export async function holdAttachments(ctx: Ctx, fileIds: readonly string[]): Promise<void> {
  for (const id of fileIds) {
    for (const row of await ctx.rt.store.trackedFiles.listByFileId(id)) {
      if (row.kind === 'document' && row.expiresAt !== HELD_FOREVER) await ctx.rt.store.trackedFiles.put({ ...row, expiresAt: HELD_FOREVER })
    }
  }
}

/** The current version must be the one the screen showed; otherwise someone else acted first. */
export function assertSameVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected) throw errors.conflict()
}
