import type { DocumentRef } from '../../core/schemas/documents'
import type { CaptureKind } from '../../core/capture'

/** A processed photo (or signature) on the phone, ready to upload. */
export interface LocalDocument {
  kind: CaptureKind
  path: string
  /** pdf: a scan picked as a file (no pixels on the phone; width and height are 0). */
  ext: 'jpg' | 'png' | 'pdf'
  source: DocumentRef['source']
  width: number
  height: number
  bytes: number
  capturedAt: string
}
