/** Claiming a filing (applicant function). */
import { claimFilingContract } from '../../core/contracts/applicant/claim-filing'
import type { ContractInput, ContractOutput } from '../../core/contracts/contract'
import { call } from '../../services/api'

export type ClaimInput = ContractInput<typeof claimFilingContract>
export type ClaimResult = ContractOutput<typeof claimFilingContract>

export function claimFiling (input: ClaimInput): Promise<ClaimResult> {
  return call(claimFilingContract, input)
}
