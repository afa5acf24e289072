/** Document capture: the slot the wizard shows per document, and the signature pad. */
export { DocumentSlot, type DocumentSlotProps } from './DocumentSlot'
export { DocumentPages, type DocumentPagesProps } from './DocumentPages'
export { SignaturePad, type SignaturePadProps } from './SignaturePad'
export type { LocalDocument } from './types'
export { AttachmentPicker, type AttachmentPickerProps } from './AttachmentPicker'
export { useDocumentUpload, type UploadState } from './useDocumentUpload'
