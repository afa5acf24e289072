import { z } from 'zod'
import type { TransitionOutcome } from '../../services/transition'
import { FilingId, Reason, Version } from '../shared.schema'

export const WithdrawInput = z.object({ id: FilingId, version: Version, reason: Reason('撤回原因').optional() }).strict()
export type WithdrawOutput = TransitionOutcome
