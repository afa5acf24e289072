/**
 * Turns an upload into a stored document: the server re-encodes it (metadata stripped, ID sides
 * watermarked), writes it write-once under a content address and deletes the upload.
 */
import { ingestDocumentContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { ingestUpload } from '../../services/uploads'

export const ingestDocument = defineAction({
  contract: ingestDocumentContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => ingestUpload(requireUser(raw), input.fileId)
})
