/**
 * Trust features for the wizard: OCR autofill, SMS verification, ownership proof. Other
 * consumers have their own entry so a subpackage carries only what it shows: ./review (staff
 * review panel), ./lookup (certificate check entry), ./certificates (certificate screens with
 * the QR code and scan libraries).
 */
export { OcrAutofill, type OcrAutofillProps, type OcrTarget } from './OcrAutofill'
export { PhoneVerify } from './PhoneVerify'
export { OwnershipProof } from './OwnershipProof'
export { ownershipCodes } from './api'
export { TT as TRUST_TEXTS } from './texts'
