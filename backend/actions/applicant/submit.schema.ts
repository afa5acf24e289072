import { z } from 'zod'
import { DraftContentSchema } from '../../core'
import type { TransitionOutcome } from '../../services/transition'
import { FilingId, RequestId, Subscribed, Version } from '../shared.schema'

/** Submit a draft; `content` (optional) is the final autosave sent along to save a round trip. */
export const SubmitInput = z
  .object({ id: FilingId, version: Version, requestId: RequestId, subscribed: Subscribed, content: DraftContentSchema.optional() })
  .strict()
export type SubmitOutput = TransitionOutcome
