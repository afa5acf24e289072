/** Delete a draft (or a withdrawn filing) and its photos. */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { fileIdsOf } from '../../services/snapshots'
import { unreferencedFiles } from '../../services/file-references'
import { deleteDraftContract } from '../../core'

export const deleteDraft = defineAction({
  contract: deleteDraftContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    await runTransition(ctx, { id: input.id, version: input.version, command: { type: 'delete' } })
    // After the commit: a failed file removal leaves orphans for the purge job, never a dangling record.
    // A photo another filing or a profile (常用主体) still references stays.
    await ctx.rt.files.remove(await unreferencedFiles(ctx.rt, rec, fileIdsOf(rec)))
    // What OCR read off those photos goes with them.
    await ctx.rt.trustStore.verifications.remove(rec.id)
    return { id: input.id, deleted: true as const }
  }
})
