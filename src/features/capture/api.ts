import { z } from 'zod'
import type { DocumentKind } from '../../core/schemas/documents'
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
