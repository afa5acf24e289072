/** Trust features: OCR autofill, SMS verification, ownership proof, verifiable certificates, scan. */
export { OcrAutofill, type OcrAutofillProps, type OcrTarget } from './OcrAutofill'
export { PhoneVerify } from './PhoneVerify'
export { OwnershipProof } from './OwnershipProof'
export { CertificateCard, CertificateInvalid, CertificateResult } from './CertificateCard'
export { TrustFlags, AccountChecks } from './TrustPanel'
export { ScanScreen } from './ScanScreen'
export { ownershipCodes, loadCertificate, verifyCertificate, TrustViewSchema, type TrustView, type Certificate, type CertificateCheck } from './api'
export { TT as TRUST_TEXTS } from './texts'
