/** One of the applicant's own filings (detail, proof), each call through its action's contract in src/core/contracts. */
import { cancelContract } from '../../core/contracts/applicant/cancel'
import { deleteDraftContract } from '../../core/contracts/applicant/delete-draft'
import { getFilingContract, type GetFilingOutput } from '../../core/contracts/applicant/get-filing'
import { withdrawContract } from '../../core/contracts/applicant/withdraw'
import type { FilingOutcome } from '../../core/contracts/shared'
import { call } from '../../services/api'

export type FilingDetail = GetFilingOutput
export type Outcome = FilingOutcome

export function getFiling (id: string): Promise<FilingDetail> {
  return call(getFilingContract, { id })
}

export function withdrawFiling (id: string, version: number): Promise<Outcome> {
  return call(withdrawContract, { id, version })
}

export function cancelFiling (id: string, version: number, reason?: string): Promise<Outcome> {
  return call(cancelContract, reason ? { id, version, reason } : { id, version })
}

/** Deletes a draft (or withdrawn filing) with its photos. */
export function deleteDraft (id: string, version: number): Promise<{ id: string }> {
  return call(deleteDraftContract, { id, version })
}
