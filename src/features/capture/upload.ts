/**
 * Uploading one document: ask the backend where it may go (always the caller's own folder),
 * upload with progress, and describe it as the core DocumentRef the filing stores.
 */
import type { DocumentRef } from '../../core/schemas/documents'
import { ApiError } from '../../services/api'
import { uploadFile } from '../../services/upload'
import type { AttachmentKind } from '../../core/supervision/common'
import type { DocumentKind } from '../../core/schemas/documents'
import { attachmentLocation, uploadLocation } from './api'
import { T, fill } from './texts'
import type { LocalDocument } from './types'

export async function uploadDocument(doc: LocalDocument, filingId: string | undefined, onProgress: (percent: number) => void): Promise<DocumentRef> {
  const kind = doc.kind as DocumentKind
  const loc = await uploadLocation({ filingId: filingId || undefined, kind, ext: doc.ext })
  if (doc.bytes > loc.maxBytes) throw new ApiError('invalid_input', fill(T.uploadTooLarge, { mb: Math.round(loc.maxBytes / 1024 / 1024) }))
  const fileId = await uploadFile({ cloudPath: loc.cloudPath, filePath: doc.path, onProgress })
  return { kind, fileId, source: doc.source, width: doc.width, height: doc.height, bytes: doc.bytes, capturedAt: doc.capturedAt }
}

export function messageOf(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback
}

/** Uploads a supervision photo (report screenshot, signed record, rectification evidence); resolves with its fileId. */
export async function uploadAttachment(doc: LocalDocument, kind: AttachmentKind, caseId: string | undefined, onProgress: (percent: number) => void): Promise<string> {
  const loc = await attachmentLocation({ kind, caseId, ext: doc.ext })
  if (doc.bytes > loc.maxBytes) throw new ApiError('invalid_input', fill(T.uploadTooLarge, { mb: Math.round(loc.maxBytes / 1024 / 1024) }))
  return uploadFile({ cloudPath: loc.cloudPath, filePath: doc.path, onProgress })
}
