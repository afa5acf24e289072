import type { DocumentKind, DocumentRef } from '../../core/schemas/documents'

/** A processed photo (or signature) on the phone, ready to upload. */
export interface LocalDocument {
  kind: DocumentKind
  path: string
  ext: 'jpg' | 'png'
  source: DocumentRef['source']
  width: number
  height: number
  bytes: number
  capturedAt: string
}
