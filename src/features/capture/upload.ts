/**
 * Uploading one document: ask the backend where it may go (always the caller's own folder),
 * upload with progress, and describe it as the core DocumentRef the filing stores.
 */
import type { DocumentRef } from '../../core/schemas/documents'
import { ApiError } from '../../services/api'
import { uploadFile } from '../../services/upload'
import { uploadLocation } from './api'
import { T, fill } from './texts'
import type { LocalDocument } from './types'

export async function uploadDocument(doc: LocalDocument, filingId: string | undefined, onProgress: (percent: number) => void): Promise<DocumentRef> {
  const loc = await uploadLocation({ filingId: filingId || undefined, kind: doc.kind, ext: doc.ext })
  if (doc.bytes > loc.maxBytes) throw new ApiError('invalid_input', fill(T.uploadTooLarge, { mb: Math.round(loc.maxBytes / 1024 / 1024) }))
  const fileId = await uploadFile({ cloudPath: loc.cloudPath, filePath: doc.path, onProgress })
  return { kind: doc.kind, fileId, source: doc.source, width: doc.width, height: doc.height, bytes: doc.bytes, capturedAt: doc.capturedAt }
}

export function messageOf(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback
}
