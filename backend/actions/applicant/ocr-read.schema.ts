import { z } from 'zod'
import { OCR_KINDS, type OcrKind } from '../../core'
import { FilingId } from '../shared.schema'

export const OcrReadInput = z
  .object({
    filingId: FilingId,
    kind: z.enum(OCR_KINDS as [OcrKind, ...OcrKind[]], { errorMap: () => ({ message: '只能识别身份证（人像面、国徽面）和营业执照' }) }),
    /** The uploaded photo (a fileId the upload returned); the server reads its stored bytes. */
    fileId: z.string({ required_error: '缺少照片，请先拍照上传' }).min(1, '缺少照片，请先拍照上传').max(512, '照片编号无效，请重新上传')
  })
  .strict()

export interface OcrReadOutput {
  kind: OcrKind
  read: boolean
  /** Field → value read (the owner's own card: ID number in full). Empty when nothing was read. */
  fields: Record<string, string>
  /** Why nothing was filled (read = false). */
  message: string | null
}
