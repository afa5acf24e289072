import { z } from 'zod'
import { DraftContentSchema } from '../../core'
import { FilingId, RequestId, Subscribed, Version } from '../shared.schema'

/** Amend an approved filing: the new content goes to review, the approved one stays valid. */
export const AmendInput = z
  .object({ id: FilingId, version: Version, requestId: RequestId, subscribed: Subscribed, content: DraftContentSchema })
  .strict()
export type { SubmitOutput as AmendOutput } from './submit.schema'
