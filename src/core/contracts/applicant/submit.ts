import { z } from 'zod'
import { DraftContentSchema } from '../../schemas/filing'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, RequestId, Subscribed, Version } from '../shared'

/** Submit a draft; `content` (optional) is the final autosave sent along to save a round trip. */
export const SubmitInput = z
  .object({ id: FilingId, version: Version, requestId: RequestId, subscribed: Subscribed, content: DraftContentSchema.optional() })
  .strict()
export const SubmitOutput = FilingOutcome
export type SubmitOutput = FilingOutcome

/** Submit a draft for review (idempotent per requestId). */
export const submitContract = defineContract({ fn: 'applicant', action: 'submit', input: SubmitInput, output: SubmitOutput })
