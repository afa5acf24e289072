/**
 * Which filings a case may be opened for (a leaf module: the review screen asks here before it
 * offers 立案监管, and the backend before it opens one).
 */
import { isFiled, type Standing } from '../filing/status'

/**
 * A case about a filing concerns a filed account: an approved version that is not cancelled
 * (an amendment under review does not change that). An account that is not filed is a lead.
 */
export function canOpenCaseFor(f: Standing): boolean {
  return isFiled(f)
}
