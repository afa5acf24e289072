/**
 * Turns an upload into a stored document: the server re-encodes it (metadata stripped, ID sides
 * watermarked), writes it write-once under a content address and deletes the upload.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { ingestUpload } from '../../services/uploads'
import { IngestDocumentInput, type IngestDocumentOutput } from './ingest-document.schema'

export const ingestDocument = defineAction({
  input: IngestDocumentInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<IngestDocumentOutput> => ingestUpload(requireUser(raw), input.fileId)
})
