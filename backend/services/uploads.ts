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
import { createHash } from 'node:crypto'
import {
  DOCUMENT_KIND_LABELS,
  DocumentKindSchema,
  FILE_LINK_SECONDS,
  LEGACY_MAX_BYTES,
  MAX_PDF_BYTES,
  MAX_UPLOAD_BYTES,
  PDF_TYPE,
  UPLOAD_IMAGE_TYPES,
  acceptsPdf,
  uploadExpiresAt,
  uploadMaxBytes,
  uploadQuotaSince,
  type CaptureKind,
  type FilePurgeReport,
  type IngestDocumentOutput,
  type UploadExt
} from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { Runtime } from '../runtime/runtime'
import { sniffType, type InspectFailure } from './image/inspect'
import type { PdfFailure } from './pdf/inspect'
import { XLSX_TYPE } from './exports'
import { fileIdsOf } from './snapshots'
import { documentPath, documentPdfPath, parseUploadPath, uploadPath } from './storage-paths'

export interface Reservation {
  uploadId: string
  cloudPath: string
  maxBytes: number
  contentTypes: readonly string[]
}

/** `refId` binds a supervision photo to the record it is for (a case); the stored copy keeps it. */
/** `legacy_register`: an admin's spreadsheet for the legacy import (read by that action, never ingested as a photo). */
export async function reserveUpload(ctx: UserCtx, kind: CaptureKind | 'legacy_register', ext: UploadExt | 'xlsx', refId: string | null = null): Promise<Reservation> {
  const { rt, now } = ctx
  if (ext === 'pdf' && (kind === 'legacy_register' || !takesPdf(kind))) throw errors.invalid(PDF_NOT_FOR(kind), { [`documents.${kind}`]: PDF_NOT_FOR(kind) })
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
  if (ext === 'xlsx') return { uploadId, cloudPath, maxBytes: LEGACY_MAX_BYTES, contentTypes: [XLSX_TYPE] }
  return { uploadId, cloudPath, maxBytes: uploadMaxBytes(ext), contentTypes: ext === 'pdf' ? [PDF_TYPE] : UPLOAD_IMAGE_TYPES }
}

/** Filing documents of a kind core lets a PDF stand in for; supervision photos never. */
function takesPdf(kind: CaptureKind): boolean {
  const doc = DocumentKindSchema.safeParse(kind)
  return doc.success && acceptsPdf(doc.data)
}

const labelOf = (kind: CaptureKind): string => {
  const doc = DocumentKindSchema.safeParse(kind)
  return doc.success ? DOCUMENT_KIND_LABELS[doc.data] : '照片'
}
const PDF_NOT_FOR = (kind: CaptureKind) => `${labelOf(kind)}请拍照上传，不接受 PDF`

/** Chinese reasons for a refused PDF scan, one per inspection failure (the field is named by the caller). */
export const PDF_REFUSAL: Readonly<Record<PdfFailure, string>> = {
  not_pdf: '文件不是 PDF 或照片（只看文件内容，不看文件名），请上传 PDF 扫描件或拍照',
  malformed: 'PDF 文件已损坏或不完整，请重新扫描或导出后上传',
  encrypted: 'PDF 设置了密码或加密，审核人员无法打开，请导出未加密的 PDF 后上传',
  active_content: 'PDF 中含有脚本、附件或自动操作，已拒收，请用扫描件重新导出后上传',
  trailing_data: 'PDF 文件结尾夹带了其他内容，已拒收，请重新导出后上传',
  markup: 'PDF 中夹带了网页或脚本内容，已拒收，请重新导出后上传',
  no_pages: 'PDF 中没有页面，请重新扫描后上传',
  too_many_pages: 'PDF 页数过多，请只上传所需的页面',
  too_large: 'PDF 内容解压后过大，已拒收，请重新扫描后上传'
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
  const field = `documents.${kind}`
  const refuse = async (message: string, fieldMessage = message): Promise<never> => {
    await rt.files.remove([row.fileId])
    await rt.store.trackedFiles.remove(row.id)
    throw errors.invalid(message, { [field]: `${labelOf(kind)}：${fieldMessage}` })
  }
  // Sized before it is read: the storage rule cannot cap what a modified client puts there.
  const info = await rt.files.info(row.fileId)
  const ceiling = takesPdf(kind) ? Math.max(MAX_PDF_BYTES, MAX_UPLOAD_BYTES) : MAX_UPLOAD_BYTES
  if (info.exists && info.size > ceiling) {
    const mb = Math.round(ceiling / 1024 / 1024)
    return refuse(`${labelOf(kind)}的文件超过 ${mb} MB，请压缩或只扫描所需页面后重新上传`, `文件超过 ${mb} MB`)
  }
  const original = await rt.files.read(row.fileId)
  // The original goes whatever happens next: only the server's own copy is ever kept.
  await rt.files.remove([row.fileId])
  if (original === null) {
    await rt.store.trackedFiles.remove(row.id)
    throw errors.invalid('没有收到照片文件，请重新上传', { [field]: '照片未上传成功，请重新上传' })
  }
  // The bytes decide what the file is, never its name. (zlib and the PDF reader load only here.)
  const { isPdf } = await import('./pdf/inspect')
  if (isPdf(original)) {
    if (!takesPdf(kind)) return refuse(PDF_NOT_FOR(kind))
    if (original.length > MAX_PDF_BYTES) return refuse(`${labelOf(kind)}的 PDF 超过 ${MAX_PDF_BYTES / 1024 / 1024} MB，请只扫描所需页面后重新上传`, `PDF 超过 ${MAX_PDF_BYTES / 1024 / 1024} MB`)
    return storePdf(rt, ctx.caller.openid, kind, original, now, row.id)
  }
  if (sniffType(original) === null && takesPdf(kind)) return refuse(PDF_REFUSAL.not_pdf)
  if (original.length > MAX_UPLOAD_BYTES) return refuse('照片超过 2 MB，请压缩后重新上传', '照片超过 2 MB')
  return storePhoto(rt, ctx.caller.openid, kind, original, now, row.id, row.refId ?? null)
}

/** Checks a PDF scan (pdf/inspect.ts) and stores the server's copy under its content and page count. */
async function storePdf(rt: Runtime, openid: string, kind: CaptureKind, bytes: Buffer, now: Date, trackId: string): Promise<IngestResult> {
  const { inspectPdf, PdfRejected } = await import('./pdf/inspect')
  let pages: number
  try {
    pages = inspectPdf(bytes).pages
  } catch (e) {
    if (!(e instanceof PdfRejected)) throw e
    // Like a refused photo, the upload's row stays until it expires: refusals count against the quota.
    throw errors.invalid(PDF_REFUSAL[e.reason], { [`documents.${kind}`]: `${labelOf(kind)}：${PDF_REFUSAL[e.reason]}` })
  }
  const cloudPath = documentPdfPath(rt.crypto, openid, createHash('sha256').update(bytes).digest('hex'), pages)
  const { fileId, url } = await keepStored(rt, { trackId, openid, kind, refId: null, now }, cloudPath, bytes, PDF_TYPE)
  return { fileId, kind, format: 'pdf', pages, bytes: bytes.length, watermarked: false, url }
}

/**
 * Writes the server's own copy (content-addressed, write-once: the same bytes land on the file
 * already stored), turns the upload's row into a `document` row and links to it for a while.
 */
async function keepStored(rt: Runtime, row: { trackId: string, openid: string, kind: CaptureKind, refId: string | null, now: Date }, cloudPath: string, bytes: Buffer, contentType: string): Promise<{ fileId: string, url: string | null }> {
  const { fileId } = await rt.files.put(cloudPath, bytes, contentType)
  await rt.store.trackedFiles.put({
    id: row.trackId,
    kind: 'document',
    ownerOpenid: row.openid,
    cloudPath,
    fileId,
    documentKind: row.kind,
    refId: row.refId,
    full: false,
    createdAt: row.now.toISOString(),
    expiresAt: uploadExpiresAt(row.now, rt.config).toISOString()
  })
  const links = await rt.files.signedUrls([fileId], FILE_LINK_SECONDS)
  return { fileId, url: links[fileId] ?? null }
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
  const { fileId, url } = await keepStored(rt, { trackId, openid, kind, refId, now }, cloudPath, photo.bytes, photo.contentType)
  return { fileId, kind, format: 'jpeg', width: photo.width, height: photo.height, bytes: photo.bytes.length, watermarked: photo.watermark !== null, url }
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
      // The same photo uploaded twice lands on one content-addressed file, and a transferred filing's photos are
      // tracked for its new owner too: keep the file while another row still waits or another owner's filing holds it.
      const others = (await rt.store.trackedFiles.listByFileId(row.fileId)).filter((r) => r.id !== row.id)
      let shared = others.some((r) => r.expiresAt > now.toISOString())
      for (const r of others) if (!shared && r.kind === 'document') shared = (await referencedBy(r.ownerOpenid)).has(row.fileId)
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
