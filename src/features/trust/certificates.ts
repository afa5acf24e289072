/** Certificate screens with their QR libraries (proof page, staff scan): import only from those subpackages. */
export { CertificateCard, CertificateInvalid, CertificateResult } from './CertificateCard'
export { ScanScreen } from './ScanScreen'
export { ProofScreen, type ProofQuery } from './ProofScreen'
export { loadCertificate, verifyCertificate, type Certificate, type CertificateCheck } from './api'
export { TT as TRUST_TEXTS } from './texts'
