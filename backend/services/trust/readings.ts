/**
 * OCR of a stored document photo: the server reads the very bytes it stored (re-encoded,
 * metadata stripped, ID sides watermarked by the server), never a picture the client describes. The reading is kept with
 * the filing for the cross-check; its ID number only as mask + ciphertext.
 */
import { maskIdNumber, watermarkFor, type OcrFields, type OcrKind } from '../../core'
import type { UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import { OcrFailure, type OcrReadingRecord } from '../../ports/trust.port'
import { ownDocumentFacts } from '../storage-paths'
import { updateVerification } from './verifications'

/** Readings kept per filing (one per photo; older photos' readings drop out first). */
const MAX_READINGS = 12

export type ReadOutcome = { read: true; fields: Record<string, string>; provider: string } | { read: false; reason: string }

export async function readDocument(ctx: UserCtx, filing: FilingRecord, kind: OcrKind, fileId: string): Promise<ReadOutcome> {
  const path = ctx.rt.files.pathOf(fileId)
  // Only a stored document: the photo the server itself re-encoded and watermarked, never a raw upload.
  if (!path || ownDocumentFacts(ctx.rt.crypto, ctx.caller.openid, path)?.format !== 'jpeg') throw errors.forbidden('只能识别您本人上传并经系统处理的照片，请重新拍照')
  const bytes = await ctx.rt.files.read(fileId)
  if (bytes === null) throw errors.invalid('照片不存在或已删除，请重新拍照上传', { fileId: '照片不存在，请重新上传' })
  const info = await ctx.rt.files.info(fileId)
  let fields: OcrFields
  try {
    fields = await ctx.rt.ocr.read(kind, { bytes, contentType: info.contentType ?? 'image/jpeg' }, { ignore: [watermarkFor(ctx.rt.config)] })
  } catch (e) {
    // The applicant can always type: a failed read is an answer, not an error.
    console.error(JSON.stringify({ level: 'warn', at: 'ocr', provider: ctx.rt.ocr.provider, retryable: e instanceof OcrFailure ? e.retryable : null, error: e instanceof Error ? e.message : String(e) }))
    return { read: false, reason: e instanceof OcrFailure && e.retryable ? '识别服务暂时繁忙，请稍后重试或手动填写' : '未能识别这张照片，请手动填写，或重新拍摄清晰、完整的证件照' }
  }
  const plain = fields.fields as Record<string, string>
  if (Object.keys(plain).length === 0) return { read: false, reason: '未能从照片中识别出文字，请手动填写，或重新拍摄清晰、完整的证件照' }
  const stored: Record<string, string> = { ...plain }
  let sealedIdNumber: string | null = null
  if (plain.idNumber) {
    sealedIdNumber = ctx.rt.crypto.encrypt(plain.idNumber)
    stored.idNumber = maskIdNumber(plain.idNumber)
  }
  const reading: OcrReadingRecord = { kind, fileId, provider: ctx.rt.ocr.provider, at: ctx.now.toISOString(), fields: stored, sealedIdNumber }
  await updateVerification(ctx, filing, (cur) => ({ ...cur, readings: [...cur.readings.filter((r) => r.fileId !== fileId), reading].slice(-MAX_READINGS) }))
  // The owner gets the full number back (it is their own card), to fill the form.
  return { read: true, fields: plain, provider: ctx.rt.ocr.provider }
}
