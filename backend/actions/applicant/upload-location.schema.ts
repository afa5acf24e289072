import { z } from 'zod'
import { DocumentKindSchema } from '../../core'
import { FilingId } from '../shared.schema'

export const UploadLocationInput = z
  .object({
    /** The draft the photo belongs to; omitted before the first autosave. */
    filingId: FilingId.optional(),
    kind: DocumentKindSchema,
    ext: z.enum(['jpg', 'png', 'webp'], { errorMap: () => ({ message: '只支持 jpg、png 或 webp 格式' }) }).default('jpg')
  })
  .strict()
export interface UploadLocationOutput {
  cloudPath: string
  maxBytes: number
  contentTypes: readonly string[]
}
