import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, Version } from '../shared'
import { Reason } from '../reason'

export const CancelInput = z.object({ id: FilingId, version: Version, reason: Reason('注销原因').optional() }).strict()
export const CancelOutput = FilingOutcome
export type CancelOutput = FilingOutcome

/** 注销: the owner deregisters an approved filing (e.g. the account was closed). */
export const cancelContract = defineContract({ fn: 'applicant', action: 'cancel', input: CancelInput, output: CancelOutput })
