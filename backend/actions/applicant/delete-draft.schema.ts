import { z } from 'zod'
import { FilingId, Version } from '../shared.schema'

export const DeleteDraftInput = z.object({ id: FilingId, version: Version }).strict()
export interface DeleteDraftOutput {
  id: string
  deleted: true
}
