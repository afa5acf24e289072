import { z } from 'zod'
import { DocumentKindSchema } from '../../core'
import { FilingId } from '../shared.schema'

export const UploadLocationInput = z
  .object({
    /** The draft the photo belongs to; omitted before the first autosave. */
    filingId: FilingId.optional(),
    kind: DocumentKindSchema,
    ext: z.enum(['jpg', 'png'], { errorMap: () => ({ message: '只支持 jpg 或 png 格式' }) }).default('jpg')
  })
  .strict()
export interface UploadLocationOutput {
  /** Pass back to ingest-document after the upload (its fileId identifies it too). */
  uploadId: string
  /** A temporary path in the caller's own upload folder, the only place a client may write. */
  cloudPath: string
  maxBytes: number
  contentTypes: readonly string[]
}
