/**
 * Where the client may upload one photo: a temporary path in the caller's own upload folder,
 * within the daily quota. The photo counts only after ingest-document turns it into a stored document.
 */
import { uploadLocationContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { reserveUpload } from '../../services/uploads'

export const uploadLocation = defineAction({
  contract: uploadLocationContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    if (input.filingId) await loadOwnFiling(ctx, input.filingId)
    return reserveUpload(ctx, input.kind, input.ext)
  }
})
