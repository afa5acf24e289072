import { z } from 'zod'
import { DraftContentSchema } from '../../core'
import { FilingId, Version } from '../shared.schema'


/** No id → a new draft; with id → update that draft, only if `version` is still current. */
export const SaveDraftInput = z.union([
  z.object({ id: z.undefined().optional(), content: DraftContentSchema }).strict(),
  z.object({ id: FilingId, version: Version, content: DraftContentSchema }).strict()
])
export interface SaveDraftOutput {
  id: string
  version: number
  updatedAt: string
}
