/**
 * Autosave: create or update a draft (also a returned filing being corrected). The content is
 * lenient (DraftContentSchema) but bounded; files it references are checked to be the caller's.
 */
import { saveDraftContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { checkDocuments } from '../../services/document-check'
import { fileIdsOf } from '../../services/snapshots'
import { editedRecord, loadOwnFiling, newDraftRecord, requireUser } from '../../services/filings'

export const saveDraft = defineAction({
  contract: saveDraftContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    if (input.id === undefined) {
      await checkDocuments(ctx, input.content)
      const rec = newDraftRecord(ctx, input.content)
      await ctx.rt.store.filings.insert(rec)
      return { id: rec.id, version: rec.version, updatedAt: rec.updatedAt }
    }
    const rec = await loadOwnFiling(ctx, input.id)
    await checkDocuments(ctx, input.content, rec, fileIdsOf(rec))
    const next = editedRecord(ctx, rec, input.content)
    if (rec.version !== (input.version ?? 0) || !(await ctx.rt.store.filings.replaceIfVersion(next, rec.version))) throw errors.conflict()
    return { id: next.id, version: next.version, updatedAt: next.updatedAt }
  }
})
