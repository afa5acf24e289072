import type { DocumentRef } from '../../core/schemas/documents'
import type { CaptureKind } from '../../core/capture'

/** A processed photo (or signature) on the phone, ready to upload. */
export interface LocalDocument {
  kind: CaptureKind
  path: string
  ext: 'jpg' | 'png'
  source: DocumentRef['source']
  width: number
  height: number
  bytes: number
  capturedAt: string
}
