/**
 * Autosave: create or update a draft (also a returned filing being corrected). The content is
 * lenient (DraftContentSchema) but bounded; files it references are checked to be the caller's.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { checkDocuments } from '../../services/document-check'
import { assertVersion, loadOwnFiling, newDraftRecord, nextVersion, requireUser, withWorkingContent } from '../../services/filings'
import { saveDraftContract } from '../../core'

const EDITABLE = new Set(['draft', 'returned'])

export const saveDraft = defineAction({
  contract: saveDraftContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    await checkDocuments(ctx, input.content)
    if (input.id === undefined) {
      const rec = newDraftRecord(ctx, input.content)
      await ctx.rt.store.filings.insert(rec)
      return { id: rec.id, version: rec.version, updatedAt: rec.updatedAt }
    }
    const rec = await loadOwnFiling(ctx, input.id)
    if (!EDITABLE.has(rec.status)) throw errors.invalidState('该备案已提交或已办结，不能再修改草稿；如需变更请使用“变更备案”')
    assertVersion(rec, input.version ?? 0)
    const next = nextVersion(ctx, withWorkingContent(ctx, rec, input.content))
    if (!(await ctx.rt.store.filings.replaceIfVersion(next, rec.version))) throw errors.conflict()
    return { id: next.id, version: next.version, updatedAt: next.updatedAt }
  }
})
