import { z } from 'zod'
import { DraftContentSchema } from '../../core'
import { FilingId, Version } from '../shared.schema'


/** No id → a new draft; with id → update that draft, only if `version` is still current. */
export const SaveDraftInput = z
  .object({ id: FilingId.optional(), version: Version.optional(), content: DraftContentSchema })
  .strict()
  .superRefine((v, ctx) => {
    if (v.id !== undefined && v.version === undefined) ctx.addIssue({ code: 'custom', path: ['version'], message: '缺少版本号，请刷新后重试' })
  })
export interface SaveDraftOutput {
  id: string
  version: number
  updatedAt: string
}
