import { z } from 'zod'
import type { DocumentKind } from '../../core/schemas/documents'
import type { AttachmentKind } from '../../core/supervision/common'
import { call } from '../../services/api'

/** What `applicant/upload-location` returns (backend/actions/applicant/upload-location.schema.ts). */
export const UploadLocationSchema = z.object({
  uploadId: z.string().min(1),
  cloudPath: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentTypes: z.array(z.string())
}).passthrough()
export type UploadLocation = z.infer<typeof UploadLocationSchema>

export function uploadLocation(input: { filingId?: string, kind: DocumentKind, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  const body = input.filingId ? input : { kind: input.kind, ext: input.ext }
  return call('applicant', 'upload-location', body, UploadLocationSchema)
}

/** What `applicant/ingest-document` returns: the server's stored copy (backend/actions/applicant/ingest-document.schema.ts). */
export const IngestedSchema = z.object({
  fileId: z.string().min(1),
  /** A filing document kind, or a supervision photo's (report screenshot, signed record, evidence). */
  kind: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  watermarked: z.boolean(),
  url: z.string().nullable()
}).passthrough()
export type Ingested = z.infer<typeof IngestedSchema>

/** Hands the upload to the server, which re-encodes, watermarks and stores it (and deletes the upload). */
export function ingestDocument(fileId: string): Promise<Ingested> {
  return call('applicant', 'ingest-document', { fileId }, IngestedSchema)
}

/** Where a supervision photo may go (applicant/attachment-location): the uploader's own upload folder. */
export function attachmentLocation(input: { kind: AttachmentKind, caseId?: string, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  return call('applicant', 'attachment-location', input.caseId ? input : { kind: input.kind, ext: input.ext }, UploadLocationSchema)
}
