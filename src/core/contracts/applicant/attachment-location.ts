import { z } from 'zod'
import { ATTACHMENT_KINDS } from '../../supervision/common'
import { defineContract } from '../contract'
import { RecordId } from '../staff/record-id'
import { UploadLocationOutput } from './upload-location'

export const AttachmentLocationInput = z
  .object({
    kind: z.enum(ATTACHMENT_KINDS, { errorMap: () => ({ message: '附件类型无效，请重新上传' }) }),
    /** The case a signed record or rectification evidence belongs to. */
    caseId: RecordId('案件').optional(),
    ext: z.enum(['jpg', 'png'], { errorMap: () => ({ message: '只支持 jpg 或 png 格式' }) }).default('jpg')
  })
  .strict()

/** Where a supervision photo may be uploaded (then ingest-document): bound to its kind and case. */
export const attachmentLocationContract = defineContract({ fn: 'applicant', action: 'attachment-location', input: AttachmentLocationInput, output: UploadLocationOutput })
