import { z } from 'zod'
import { DraftContentSchema } from '../../schemas/filing'
import { defineContract } from '../contract'
import { FilingId, Version } from '../shared'

/** No id → a new draft; with id → update that draft, only if `version` is still current. */
export const SaveDraftInput = z
  .object({ id: FilingId.optional(), version: Version.optional(), content: DraftContentSchema })
  .strict()
  .superRefine((v, ctx) => {
    if (v.id !== undefined && v.version === undefined) ctx.addIssue({ code: 'custom', path: ['version'], message: '缺少版本号，请刷新后重试' })
  })
export const SaveDraftOutput = z.object({ id: z.string(), version: z.number().int(), updatedAt: z.string() })
export type SaveDraftOutput = z.infer<typeof SaveDraftOutput>

/** Autosave: create or update a draft (also a returned filing being corrected). */
export const saveDraftContract = defineContract({ fn: 'applicant', action: 'save-draft', input: SaveDraftInput, output: SaveDraftOutput })
