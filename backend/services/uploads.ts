/**
 * The life of an uploaded photo:
 * 1. `reserveUpload` (action upload-location): checks the caller's daily quota, records a
 *    tracked `upload` row and hands out `uploads/<owner>/<uploadId>.<ext>`, the only place a
 *    client may write (CloudBase storage rule; the local upload endpoint enforces the same).
 * 2. The client uploads there (wx.cloud.uploadFile / the local endpoint).
 * 3. `ingestUpload` (action ingest-document): reads the bytes, deletes the upload (the original
 *    is never kept, whatever the outcome), runs `ingestPhoto` (validate, re-encode, strip
 *    metadata, watermark ID sides) and writes `documents/<owner>/<sha256>.jpg`, write-once. The
 *    row becomes a `document` row; a filing may now reference that file — and only such files.
 * 4. `purgeFiles` (system tick): expired uploads are deleted; a stored photo that no filing
 *    references when its row expires is deleted (one a filing holds is looked at again a period
 *    later, so a photo a later edit or withdrawal drops is found too); expired exports are deleted.
 */
import { FILE_LINK_SECONDS, MAX_UPLOAD_BYTES, UPLOAD_IMAGE_TYPES, uploadExpiresAt, uploadQuotaSince, type CaptureKind, type FilePurgeReport, type IngestDocumentOutput } from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { Runtime } from '../runtime/runtime'
import type { InspectFailure } from './image/inspect'
import { fileIdsOf } from './snapshots'
import { documentPath, parseUploadPath, uploadPath } from './storage-paths'

export interface Reservation {
  uploadId: string
  cloudPath: string
  maxBytes: number
  contentTypes: readonly string[]
}

/** `refId` binds a supervision photo to the record it is for (a case); the stored copy keeps it. */
/** `legacy_register`: an admin's spreadsheet for the legacy import (read by that action, never ingested as a photo). */
export async function reserveUpload(ctx: UserCtx, kind: CaptureKind | 'legacy_register', ext: 'jpg' | 'png' | 'xlsx', refId: string | null = null): Promise<Reservation> {
  const { rt, now } = ctx
  const limit = rt.config.uploads.perApplicantPerDay
  const used = await rt.store.trackedFiles.countByOwnerSince(ctx.caller.openid, ['upload', 'document'], uploadQuotaSince(now).toISOString())
  if (used >= limit) throw errors.rateLimited(`24 小时内最多上传 ${limit} 张照片，您已达到上限，请稍后再试；如需帮助请联系${rt.config.office.shortName}`)
  const uploadId = rt.ids.newId()
  const cloudPath = uploadPath(rt.crypto, ctx.caller.openid, uploadId, ext)
  await rt.store.trackedFiles.insert({
    id: uploadId,
    kind: 'upload',
    ownerOpenid: ctx.caller.openid,
    cloudPath,
    fileId: await rt.files.idOf(cloudPath),
    documentKind: kind,
    refId,
    full: false,
    createdAt: now.toISOString(),
    expiresAt: uploadExpiresAt(now, rt.config).toISOString()
  })
  return { uploadId, cloudPath, maxBytes: MAX_UPLOAD_BYTES, contentTypes: UPLOAD_IMAGE_TYPES }
}

/** Chinese reasons for a refused photo, one per inspection failure. */
export const REFUSAL: Readonly<Record<InspectFailure, string>> = {
  not_image: '只支持 JPEG 或 PNG 格式的照片，请重新拍照或换一张照片',
  malformed: '照片文件已损坏或不完整，请重新拍照',
  unsupported: '不支持这种图片编码，请重新拍照或换一张照片',
  trailing_data: '照片文件中夹带了图片以外的内容，已拒收，请重新拍照',
  markup: '照片文件中夹带了网页或脚本内容，已拒收，请重新拍照',
  too_small: '照片太小，看不清证件内容，请重新拍照',
  too_large: '照片尺寸过大（超过 8000 像素或 1600 万像素），请重新拍照或压缩后上传'
}

/** The stored document and a short-lived link to it (the ingest-document contract's answer). */
export type IngestResult = IngestDocumentOutput

export async function ingestUpload(ctx: UserCtx, uploadFileId: string): Promise<IngestResult> {
  const { rt, now } = ctx
  const path = rt.files.pathOf(uploadFileId)
  const uploadId = path === null ? null : parseUploadPath(rt.crypto, ctx.caller.openid, path)
  const row = uploadId === null ? null : await rt.store.trackedFiles.get(uploadId)
  if (uploadId === null || row === null || row.kind !== 'upload' || row.ownerOpenid !== ctx.caller.openid || row.cloudPath !== path) {
    throw errors.forbidden('这不是您刚上传的照片，请重新拍照上传')
  }
  if (row.documentKind === 'legacy_register') throw errors.forbidden('这不是照片，请重新拍照上传')
  const kind = row.documentKind as CaptureKind
  const original = await rt.files.read(row.fileId)
  // The original goes whatever happens next: only the server's re-encoded copy is ever kept.
  await rt.files.remove([row.fileId])
  if (original === null) {
    await rt.store.trackedFiles.remove(row.id)
    throw errors.invalid('没有收到照片文件，请重新上传', { [`documents.${kind}`]: '照片未上传成功，请重新上传' })
  }
  if (original.length > MAX_UPLOAD_BYTES) {
    await rt.store.trackedFiles.remove(row.id)
    throw errors.invalid('照片超过 2 MB，请压缩后重新上传', { [`documents.${kind}`]: '照片超过 2 MB' })
  }
  return storePhoto(rt, ctx.caller.openid, kind, original, now, row.id, row.refId ?? null)
}

/**
 * Re-encodes `bytes` (services/image-ingest.ts) and stores the result as `openid`'s document,
 * tracked under `trackId` (the upload's row, or a new one for server-made photos such as the
 * demo seed). Refusals become a Chinese `invalid_input` naming the document.
 */
export async function storePhoto(rt: Runtime, openid: string, kind: CaptureKind, bytes: Uint8Array, now: Date, trackId = rt.ids.newId(), refId: string | null = null): Promise<IngestResult> {
  const { ingestPhoto, ImageRejected } = await import('./image-ingest') // jpeg/png codecs load only here
  let photo: Awaited<ReturnType<typeof ingestPhoto>>
  try {
    photo = await ingestPhoto(bytes, kind, rt.config, now)
  } catch (e) {
    if (!(e instanceof ImageRejected)) throw e
    // A refused upload's row stays until it expires, so refusals count against the quota too.
    throw errors.invalid(REFUSAL[e.reason], { [`documents.${kind}`]: REFUSAL[e.reason] })
  }
  const cloudPath = documentPath(rt.crypto, openid, photo.sha256)
  const { fileId } = await rt.files.put(cloudPath, photo.bytes, photo.contentType)
  await rt.store.trackedFiles.put({
    id: trackId,
    kind: 'document',
    ownerOpenid: openid,
    cloudPath,
    fileId,
    documentKind: kind,
    refId,
    full: false,
    createdAt: now.toISOString(),
    expiresAt: uploadExpiresAt(now, rt.config).toISOString()
  })
  const links = await rt.files.signedUrls([fileId], FILE_LINK_SECONDS)
  return { fileId, kind, width: photo.width, height: photo.height, bytes: photo.bytes.length, watermarked: photo.watermark !== null, url: links[fileId] ?? null }
}

export type { FilePurgeReport }

const BATCH = 200

/** Deletes what expired: abandoned uploads, photos no filing took up, exports nobody fetched. */
export async function purgeFiles(rt: Runtime): Promise<FilePurgeReport> {
  const now = rt.clock.now()
  const report: FilePurgeReport = { uploadsRemoved: 0, documentsRemoved: 0, documentsKept: 0, exportsRemoved: 0 }
  const referenced = new Map<string, Set<string>>()
  const referencedBy = async (openid: string): Promise<Set<string>> => {
    let ids = referenced.get(openid)
    if (!ids) {
      ids = new Set((await rt.store.filings.listByOwner(openid, 1000)).flatMap(fileIdsOf))
      referenced.set(openid, ids)
    }
    return ids
  }
  for (const row of await rt.store.trackedFiles.expired(now.toISOString(), BATCH)) {
    if (row.kind === 'document') {
      if ((await referencedBy(row.ownerOpenid)).has(row.fileId)) {
        // A filing holds it: look again a period later, so a photo a later edit drops is still found.
        await rt.store.trackedFiles.put({ ...row, expiresAt: uploadExpiresAt(now, rt.config).toISOString() })
        report.documentsKept++
        continue
      }
      // The same photo uploaded twice lands on one content-addressed file: keep it while a younger row still waits.
      const shared = (await rt.store.trackedFiles.listByFileId(row.fileId)).some((r) => r.id !== row.id && r.expiresAt > now.toISOString())
      if (!shared) {
        await rt.files.remove([row.fileId])
        report.documentsRemoved++
      }
    } else {
      await rt.files.remove([row.fileId])
      if (row.kind === 'upload') report.uploadsRemoved++
      else report.exportsRemoved++
    }
    await rt.store.trackedFiles.remove(row.id)
  }
  return report
}
