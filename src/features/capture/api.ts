/** Document upload calls, each through its action's contract in src/core/contracts. */
import type { DocumentKind } from '../../core/schemas/documents'
import type { AttachmentKind } from '../../core/supervision/common'
import { ingestDocumentContract, type IngestDocumentOutput } from '../../core/contracts/applicant/ingest-document'
import { uploadLocationContract, type UploadLocationOutput } from '../../core/contracts/applicant/upload-location'
import { attachmentLocationContract } from '../../core/contracts/applicant/attachment-location'
import { call } from '../../services/api'

export type UploadLocation = UploadLocationOutput
export type Ingested = IngestDocumentOutput

export function uploadLocation(input: { filingId?: string, kind: DocumentKind, ext: 'jpg' | 'png' | 'pdf' }): Promise<UploadLocation> {
  const body = input.filingId ? input : { kind: input.kind, ext: input.ext }
  return call(uploadLocationContract, body)
}

/** Hands the upload to the server, which re-encodes, watermarks and stores it (and deletes the upload). */
export function ingestDocument(fileId: string): Promise<Ingested> {
  return call(ingestDocumentContract, { fileId })
}

/** Where a supervision photo may go (applicant/attachment-location): the uploader's own upload folder. */
export function attachmentLocation(input: { kind: AttachmentKind, caseId?: string, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  return call(attachmentLocationContract, input.caseId ? input : { kind: input.kind, ext: input.ext })
}
