/**
 * Uploading one document: ask the backend where it may go (a temporary path in the caller's own
 * upload folder), upload with progress, then have the server ingest it — it re-encodes the photo
 * (metadata stripped, ID sides watermarked) and stores its own copy, the only one a filing may
 * reference. The DocumentRef describes that stored copy.
 */
import type { DocumentRef } from '../../core/schemas/documents'
import { ApiError } from '../../services/api'
import { uploadFile } from '../../services/upload'
import type { AttachmentKind } from '../../core/supervision/common'
import type { DocumentKind } from '../../core/schemas/documents'
import { attachmentLocation, ingestDocument, uploadLocation } from './api'
import { T, fill } from './texts'
import type { LocalDocument } from './types'

/** Share of the progress bar the transfer takes; the server's processing fills the rest. */
export const TRANSFER_SHARE = 90

export interface Uploaded {
  ref: DocumentRef
  /** A short-lived link to the stored copy (what staff will see), when the server gave one. */
  previewUrl: string | null
}

export async function uploadDocument(doc: LocalDocument, filingId: string | undefined, onProgress: (percent: number) => void): Promise<Uploaded> {
  const kind = doc.kind as DocumentKind
  const loc = await uploadLocation({ filingId: filingId || undefined, kind, ext: doc.ext })
  if (doc.bytes > loc.maxBytes) throw new ApiError('invalid_input', fill(doc.ext === 'pdf' ? T.pdfTooLarge : T.uploadTooLarge, { mb: Math.round(loc.maxBytes / 1024 / 1024) }))
  const uploaded = await uploadFile({ cloudPath: loc.cloudPath, filePath: doc.path, onProgress: (p) => onProgress(Math.min(TRANSFER_SHARE, (p * TRANSFER_SHARE) / 100)) })
  onProgress(TRANSFER_SHARE)
  const stored = await ingestDocument(uploaded)
  onProgress(100)
  // The reference describes what the server stored (a PDF's pages as it counted them), never the pick.
  const ref: DocumentRef = { kind, fileId: stored.fileId, source: doc.source, bytes: stored.bytes, capturedAt: doc.capturedAt, format: stored.format }
  if (stored.width !== undefined && stored.height !== undefined) Object.assign(ref, { width: stored.width, height: stored.height })
  if (stored.pages !== undefined) ref.pages = stored.pages
  return { ref, previewUrl: stored.url }
}

export function messageOf(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback
}

/** Uploads a supervision photo (report screenshot, signed record, rectification evidence); resolves with its fileId. */
/**
 * Uploads a supervision photo (report screenshot, signed record, rectification evidence) the same
 * way as a document — reserved upload, transfer, server ingest — and resolves with the stored fileId.
 */
export async function uploadAttachment(doc: LocalDocument, kind: AttachmentKind, caseId: string | undefined, onProgress: (percent: number) => void): Promise<string> {
  if (doc.ext === 'pdf') throw new ApiError('invalid_input', T.pdfNotHere)
  const loc = await attachmentLocation({ kind, caseId, ext: doc.ext })
  if (doc.bytes > loc.maxBytes) throw new ApiError('invalid_input', fill(T.uploadTooLarge, { mb: Math.round(loc.maxBytes / 1024 / 1024) }))
  const uploaded = await uploadFile({ cloudPath: loc.cloudPath, filePath: doc.path, onProgress: (p) => onProgress(Math.min(TRANSFER_SHARE, (p * TRANSFER_SHARE) / 100)) })
  onProgress(TRANSFER_SHARE)
  const stored = await ingestDocument(uploaded)
  onProgress(100)
  return stored.fileId
}
