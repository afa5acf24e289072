/** Trust: OCR field parsing and the cross-check, SMS codes, account ownership, verifiable certificates. */
export * from './ocr-lines'
export * from './ocr-parse'
export * from './cross-check'
export * from './phone-code'
export * from './certificate'
export * from './ownership'
