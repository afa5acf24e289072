import { z } from 'zod'
import { DraftContentSchema } from '../../schemas/filing'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, RequestId, Subscribed, Version } from '../shared'

/** Amend an approved filing: the new content goes to review, the approved one stays valid. */
export const AmendInput = z
  .object({ id: FilingId, version: Version, requestId: RequestId, subscribed: Subscribed, content: DraftContentSchema })
  .strict()
export const AmendOutput = FilingOutcome
export type AmendOutput = FilingOutcome

export const amendContract = defineContract({ fn: 'applicant', action: 'amend', input: AmendInput, output: AmendOutput })
