import { z } from 'zod'
import type { DocumentKind } from '../../core'

export const IngestDocumentInput = z
  .object({
    /** The fileId the upload to upload-location's cloudPath returned. */
    fileId: z.string({ required_error: '缺少上传的文件，请重新上传' }).min(1, '缺少上传的文件，请重新上传').max(512, '文件编号无效，请重新上传')
  })
  .strict()
export interface IngestDocumentOutput {
  /** The stored document: the only fileId a filing may reference. */
  fileId: string
  kind: DocumentKind
  width: number
  height: number
  bytes: number
  watermarked: boolean
  /** A 10-minute link to the stored copy (what staff will see), or null. */
  url: string | null
}
