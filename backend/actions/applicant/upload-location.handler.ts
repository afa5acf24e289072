/**
 * Where the client may upload one photo: a temporary path in the caller's own upload folder,
 * within the daily quota. The photo counts only after ingest-document turns it into a stored document.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { reserveUpload } from '../../services/uploads'
import { UploadLocationInput, type UploadLocationOutput } from './upload-location.schema'

export const uploadLocation = defineAction({
  input: UploadLocationInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<UploadLocationOutput> => {
    const ctx = requireUser(raw)
    if (input.filingId) await loadOwnFiling(ctx, input.filingId)
    return reserveUpload(ctx, input.kind, input.ext)
  }
})
