import { z } from 'zod'
import { DecisionSchema } from '../../schemas/decision'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, Version } from '../shared'

/** approve | return with per-field reasons (一次性告知) | reject with a reason. */
export const DecideInput = z.object({ id: FilingId, version: Version, decision: DecisionSchema }).strict()
export const DecideOutput = FilingOutcome
export type DecideOutput = FilingOutcome

export const decideContract = defineContract({ fn: 'staff', action: 'decide', input: DecideInput, output: DecideOutput })
