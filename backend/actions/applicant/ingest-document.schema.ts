import { z } from 'zod'
import type { IngestResult } from '../../services/uploads'

export const IngestDocumentInput = z
  .object({
    /** The fileId the upload to upload-location's cloudPath returned. */
    fileId: z.string({ required_error: '缺少上传的文件，请重新上传' }).min(1, '缺少上传的文件，请重新上传').max(512, '文件编号无效，请重新上传')
  })
  .strict()
/** The stored document (the only fileId a filing may reference), its size, and a 10-minute link to it. */
export type IngestDocumentOutput = IngestResult
