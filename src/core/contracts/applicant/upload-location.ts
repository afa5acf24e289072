import { z } from 'zod'
import { DocumentKindSchema } from '../../schemas/documents'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

export const UploadLocationInput = z
  .object({
    /** The draft the photo belongs to; omitted before the first autosave. */
    filingId: FilingId.optional(),
    kind: DocumentKindSchema,
    ext: z.enum(['jpg', 'png', 'webp'], { errorMap: () => ({ message: '只支持 jpg、png 或 webp 格式' }) }).default('jpg')
  })
  .strict()
export const UploadLocationOutput = z.object({
  cloudPath: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentTypes: z.array(z.string()).readonly()
})
export type UploadLocationOutput = z.infer<typeof UploadLocationOutput>

/** Where the client may upload a document: always under the caller's own folder. */
export const uploadLocationContract = defineContract({ fn: 'applicant', action: 'upload-location', input: UploadLocationInput, output: UploadLocationOutput })
