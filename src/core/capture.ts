/**
 * What the capture page can photograph: a filing document (with its framing guide) or a
 * supervision attachment (free framing: screenshots, a signed record, evidence of rectification).
 */
import { DOCUMENT_FRAMES, DOCUMENT_KIND_LABELS, DocumentKindSchema, type DocumentFrame, type DocumentKind } from './schemas/documents'
import { ATTACHMENT_HINTS, ATTACHMENT_LABELS, isAttachmentKind, type AttachmentKind } from './supervision/common'

export type CaptureKind = DocumentKind | AttachmentKind

export interface CaptureTarget {
  kind: CaptureKind
  label: string
  frame: DocumentFrame
  /** Filing documents are kept with the filing; attachments go with a report or a case. */
  attachment: boolean
}

export function captureTarget(kind: string): CaptureTarget | null {
  const doc = DocumentKindSchema.safeParse(kind)
  if (doc.success) return { kind: doc.data, label: DOCUMENT_KIND_LABELS[doc.data], frame: DOCUMENT_FRAMES[doc.data], attachment: false }
  if (isAttachmentKind(kind)) return { kind, label: ATTACHMENT_LABELS[kind], frame: { aspectRatio: null, orientation: 'free', hint: ATTACHMENT_HINTS[kind] }, attachment: true }
  return null
}
