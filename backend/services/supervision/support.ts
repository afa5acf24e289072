/**
 * What every supervision use case needs: loading a record or answering "not found", the
 * caller's supervision role, an audit entry about a report / lead / case, and attachment checks.
 */
import type { AttachmentKind, SupervisionActor } from '../../core'
import type { Ctx, UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { AuditEntry, CaseRecord, JsonObject, LeadRecord, ReportRecord } from '../../ports/records'
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, isUnderFolder, ownerFolder } from '../documents'

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

/** Separation of duties: nobody supervises an account they operate themselves. */
export function assertNotOwnCase(ctx: Ctx, c: CaseRecord): void {
  if (c.operatorOpenid !== null && c.operatorOpenid === ctx.caller.openid) throw errors.forbidden('您是该账号的运营者，不能办理自己的案件，请由其他工作人员办理')
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

/** Where one kind of attachment may be uploaded: always inside the uploader's own folder. */
export function attachmentFolder(ctx: UserCtx, kind: AttachmentKind, caseId: string | null): string {
  const own = ownerFolder(ctx.rt.crypto, ctx.caller.openid)
  return kind === 'report_evidence' ? `${own}/reports` : `${own}/cases/${caseId ?? 'none'}`
}

/**
 * Every attachment must lie in `folder` (the caller's own, for this purpose), exist, be an image
 * and be within the size limit. A forged or foreign id is refused before anything is written.
 */
export async function checkAttachments(ctx: Ctx, fileIds: readonly string[], folder: string, label: string, field: string): Promise<void> {
  const { files } = ctx.rt
  fileIds.forEach((id, i) => {
    const path = files.pathOf(id)
    if (!path || !isUnderFolder(folder, path)) {
      throw errors.forbidden(`第${i + 1}张${label}不是您在此处上传的文件，请删除后重新上传`)
    }
  })
  const infos = await Promise.all(fileIds.map((id) => files.info(id)))
  infos.forEach((info, i) => {
    const fields = { [`${field}.${i}`]: `第${i + 1}张${label}有问题，请重新上传` }
    if (!info.exists) throw errors.invalid(`第${i + 1}张${label}不存在，请重新上传`, fields)
    if (info.size > MAX_DOCUMENT_BYTES) throw errors.invalid(`第${i + 1}张${label}超过 2 MB，请压缩后重新上传`, fields)
    if (info.contentType && !(DOCUMENT_TYPES as readonly string[]).includes(info.contentType)) throw errors.invalid(`第${i + 1}张${label}不是 JPEG、PNG 或 WebP 图片`, fields)
  })
}

/** The current version must be the one the screen showed; otherwise someone else acted first. */
export function assertSameVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected) throw errors.conflict()
}
