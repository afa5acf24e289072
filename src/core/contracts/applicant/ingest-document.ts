import { z } from 'zod'
import { DocumentFormatSchema, DocumentKindSchema } from '../../schemas/documents'
import { ATTACHMENT_KINDS } from '../../supervision/common'
import { defineContract } from '../contract'

export const IngestDocumentInput = z
  .object({
    /** The fileId the upload to upload-location's cloudPath returned. */
    fileId: z.string({ required_error: '缺少上传的文件，请重新上传' }).min(1, '缺少上传的文件，请重新上传').max(512, '文件编号无效，请重新上传')
  })
  .strict()

/** The stored document (the only fileId a filing may reference), its size, and a short-lived link to it. */
export const IngestDocumentOutput = z.object({
  fileId: z.string().min(1),
  /** A filing document's kind, or a supervision photo's (report screenshot, signed record, evidence). */
  kind: z.union([DocumentKindSchema, z.enum(ATTACHMENT_KINDS)]),
  /** A photo's stored size; a PDF scan has pages instead. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  format: DocumentFormatSchema.default('jpeg'),
  /** A PDF scan's page count, as the server counted it. */
  pages: z.number().int().positive().optional(),
  bytes: z.number().int().positive(),
  watermarked: z.boolean(),
  /** So the applicant sees exactly what staff will see. */
  url: z.string().nullable()
})
export type IngestDocumentOutput = z.infer<typeof IngestDocumentOutput>

/**
 * Turns an upload into a stored document: the server re-encodes it (metadata stripped, ID sides
 * watermarked), writes it write-once under a content address and deletes the upload.
 */
export const ingestDocumentContract = defineContract({ fn: 'applicant', action: 'ingest-document', input: IngestDocumentInput, output: IngestDocumentOutput })
