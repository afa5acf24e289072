/** The public side's entry to check a certificate (opens the proof page in the filing subpackage). */
export { VerifyEntry } from './VerifyEntry'
