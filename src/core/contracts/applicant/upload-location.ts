import { z } from 'zod'
import { DocumentKindSchema } from '../../schemas/documents'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

export const UploadLocationInput = z
  .object({
    /** The draft the photo belongs to; omitted before the first autosave. */
    filingId: FilingId.optional(),
    kind: DocumentKindSchema,
    /** pdf only for kinds core lets a scan stand in for (`acceptsPdf`); the server sniffs the bytes anyway. */
    ext: z.enum(['jpg', 'png', 'pdf'], { errorMap: () => ({ message: '只支持 jpg、png 照片或 pdf 扫描件' }) }).default('jpg')
  })
  .strict()
export const UploadLocationOutput = z.object({
  /** Pass back to ingest-document after the upload (its fileId identifies it too). */
  uploadId: z.string().min(1),
  /** A temporary path in the caller's own upload folder, the only place a client may write. */
  cloudPath: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentTypes: z.array(z.string()).readonly()
})
export type UploadLocationOutput = z.infer<typeof UploadLocationOutput>

/** Where the client may upload a photo before the server ingests it: always the caller's own folder. */
export const uploadLocationContract = defineContract({ fn: 'applicant', action: 'upload-location', input: UploadLocationInput, output: UploadLocationOutput })
