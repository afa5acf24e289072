import { z } from 'zod'
import { OCR_KINDS, type OcrKind } from '../../trust/ocr-parse'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

const OcrKindInput = z.enum(OCR_KINDS as [OcrKind, ...OcrKind[]], { errorMap: () => ({ message: '只能识别身份证（人像面、国徽面）和营业执照' }) })

export const OcrReadInput = z
  .object({
    filingId: FilingId,
    kind: OcrKindInput,
    /** A stored document (what ingest-document returned); the server reads its stored bytes. */
    fileId: z.string({ required_error: '缺少照片，请先拍照上传' }).min(1, '缺少照片，请先拍照上传').max(512, '照片编号无效，请重新上传')
  })
  .strict()
export const OcrReadOutput = z.object({
  kind: z.enum(OCR_KINDS as [OcrKind, ...OcrKind[]]),
  read: z.boolean(),
  /** Field → value read (the owner's own card: ID number in full). Empty when nothing was read. */
  fields: z.record(z.string()),
  /** Why nothing was filled (read = false). */
  message: z.string().nullable()
})

/** Reads an uploaded ID card side or licence for autofill; the reading is kept for the cross-check. */
export const ocrReadContract = defineContract({ fn: 'applicant', action: 'ocr-read', input: OcrReadInput, output: OcrReadOutput })
