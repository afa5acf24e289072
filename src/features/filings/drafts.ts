import { z } from 'zod'
import { call } from '../../services/api'

const SavedDraftSchema = z.object({ id: z.string(), version: z.number(), updatedAt: z.string() }).passthrough()
export type SavedDraft = z.infer<typeof SavedDraftSchema>

/** Creates (no id) or updates (id + version) a draft in the cloud. */
export function saveDraft (input: { id?: string, version?: number, content: unknown }): Promise<SavedDraft> {
  return call('applicant', 'save-draft', input, SavedDraftSchema)
}
