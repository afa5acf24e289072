import { z } from 'zod'
import type { TransitionOutcome } from '../../services/transition'
import { FilingId, Reason, Version } from '../shared.schema'

/** 注销: the owner deregisters an approved filing (e.g. the account was closed). */
export const CancelInput = z.object({ id: FilingId, version: Version, reason: Reason('注销原因').optional() }).strict()
export type CancelOutput = TransitionOutcome
