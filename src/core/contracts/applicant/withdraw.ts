import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, Version } from '../shared'
import { Reason } from '../reason'

export const WithdrawInput = z.object({ id: FilingId, version: Version, reason: Reason('撤回原因').optional() }).strict()
export const WithdrawOutput = FilingOutcome
export type WithdrawOutput = FilingOutcome

/** Withdraw before a decision (a withdrawn amendment falls back to the approved version). */
export const withdrawContract = defineContract({ fn: 'applicant', action: 'withdraw', input: WithdrawInput, output: WithdrawOutput })
