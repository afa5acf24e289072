import { z } from 'zod'
import { DecisionSchema } from '../../core'
import type { TransitionOutcome } from '../../services/transition'
import { FilingId, Version } from '../shared.schema'

/** approve | return with per-field reasons (一次性告知) | reject with a reason. */
export const DecideInput = z.object({ id: FilingId, version: Version, decision: DecisionSchema }).strict()
export type DecideOutput = TransitionOutcome
