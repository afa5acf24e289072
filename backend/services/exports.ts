/**
 * Exports never stay behind. A spreadsheet is written to `exports/<keyed-hash>/<id>.xlsx`
 * (write-once, unguessable), tracked, and handed to the staff member who made it through a
 * one-time 10-minute link (h5 / local) or its fileId (weapp: wx.cloud.downloadFile, no domain
 * whitelist). It is deleted as soon as delivery is confirmed (export-done, or the one-time link
 * being fetched) and in any case by the purge after `retention.exportMinutes` (≤ 24 h), masked or
 * full. Only its maker gets a link again, and a full export's only while they are an admin.
 */
import { FILE_LINK_SECONDS, exportExpiresAt, type ExportLinkOutput } from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { TrackedFile } from '../ports/records'
import { exportPath } from './storage-paths'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Where an export can be fetched and until when (the export-link contract's answer). */
export type ExportDelivery = ExportLinkOutput

export async function storeExport(ctx: UserCtx, bytes: Buffer, full: boolean): Promise<ExportDelivery> {
  const { rt, now } = ctx
  const id = rt.ids.newId()
  const cloudPath = exportPath(rt.crypto.hash(`export:${id}`).slice(0, 32), id)
  const { fileId } = await rt.files.put(cloudPath, bytes, XLSX_TYPE)
  const row: TrackedFile = {
    id,
    kind: 'export',
    ownerOpenid: ctx.caller.openid,
    cloudPath,
    fileId,
    documentKind: null,
    full,
    createdAt: now.toISOString(),
    expiresAt: exportExpiresAt(now, rt.config).toISOString()
  }
  await rt.store.trackedFiles.insert(row)
  return deliver(ctx, row)
}

async function deliver(ctx: UserCtx, row: TrackedFile): Promise<ExportDelivery> {
  const links = await ctx.rt.files.signedUrls([row.fileId], FILE_LINK_SECONDS, { once: true })
  const url = links[row.fileId]
  if (url === undefined) throw errors.notFound('导出文件已下载或已过期删除，请重新导出')
  return { exportId: row.id, fileId: row.fileId, url, expiresInSeconds: FILE_LINK_SECONDS, deleteBy: row.expiresAt }
}

/** The export, if the caller may have it: its maker only, and for full data only while an admin. */
async function ownExport(ctx: UserCtx, exportId: string): Promise<TrackedFile> {
  const row = await ctx.rt.store.trackedFiles.get(exportId)
  if (row === null || row.kind !== 'export') throw errors.notFound('导出文件已下载或已过期删除，请重新导出')
  if (row.ownerOpenid !== ctx.caller.openid) throw errors.forbidden('只能下载您本人导出的文件')
  if (row.full && ctx.caller.role !== 'admin') throw errors.forbidden('含完整个人信息的导出文件仅限管理员下载')
  return row
}

/** A fresh link to an export that still exists. */
export async function exportLink(ctx: UserCtx, exportId: string): Promise<ExportDelivery> {
  return deliver(ctx, await ownExport(ctx, exportId))
}

/** Delivery confirmed: the file and its row go now. Deleting twice is fine. */
export async function exportDelivered(ctx: UserCtx, exportId: string): Promise<{ deleted: boolean }> {
  const row = await ctx.rt.store.trackedFiles.get(exportId)
  if (row === null) return { deleted: false }
  await ownExport(ctx, exportId)
  await ctx.rt.files.remove([row.fileId])
  await ctx.rt.store.trackedFiles.remove(row.id)
  return { deleted: true }
}
