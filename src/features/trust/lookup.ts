/** The public side's entry to check a certificate (opens the proof page in the filing subpackage). */
export { VerifyEntry, PROOF_PAGE } from './VerifyEntry'
