/**
 * Trust features, light part (wizard, lookup, review): OCR autofill, SMS verification, ownership
 * proof, the certificate check entry and the review panel. The certificate screens and the QR
 * code (uqr) and scan (jsQR on h5) libraries are in ./certificates, imported only by the
 * subpackages that show them.
 */
export { OcrAutofill, type OcrAutofillProps, type OcrTarget } from './OcrAutofill'
export { PhoneVerify } from './PhoneVerify'
export { OwnershipProof } from './OwnershipProof'
export { VerifyEntry, PROOF_PAGE } from './VerifyEntry'
export { TrustFlags, AccountChecks } from './TrustPanel'
export { ownershipCodes, TrustViewSchema, type TrustView } from './api'
export { TT as TRUST_TEXTS } from './texts'
