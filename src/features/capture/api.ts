import { z } from 'zod'
import type { DocumentKind } from '../../core/schemas/documents'
import type { AttachmentKind } from '../../core/supervision/common'
import { call } from '../../services/api'

/** What `applicant/upload-location` returns (backend/actions/applicant/upload-location.schema.ts). */
export const UploadLocationSchema = z.object({
  cloudPath: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentTypes: z.array(z.string())
}).passthrough()
export type UploadLocation = z.infer<typeof UploadLocationSchema>

export function uploadLocation(input: { filingId?: string, kind: DocumentKind, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  const body = input.filingId ? input : { kind: input.kind, ext: input.ext }
  return call('applicant', 'upload-location', body, UploadLocationSchema)
}

/** Where a supervision photo may go (applicant/attachment-location): the uploader's own folder. */
export function attachmentLocation(input: { kind: AttachmentKind, caseId?: string, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  return call('applicant', 'attachment-location', input.caseId ? input : { kind: input.kind, ext: input.ext }, UploadLocationSchema)
}
