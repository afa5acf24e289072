import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId, Version } from '../shared'

export const DeleteDraftInput = z.object({ id: FilingId, version: Version }).strict()
export const DeleteDraftOutput = z.object({ id: z.string(), deleted: z.literal(true) })
export type DeleteDraftOutput = z.infer<typeof DeleteDraftOutput>

/** Delete a draft (or a withdrawn filing) and its photos. */
export const deleteDraftContract = defineContract({ fn: 'applicant', action: 'delete-draft', input: DeleteDraftInput, output: DeleteDraftOutput })
