import { z } from 'zod'
import { ATTACHMENT_KINDS } from '../../core'
import { RecordId } from '../shared.schema'

export const AttachmentLocationInput = z
  .object({
    kind: z.enum(ATTACHMENT_KINDS, { errorMap: () => ({ message: '附件类型无效，请重新上传' }) }),
    /** The case a signed record or rectification evidence belongs to. */
    caseId: RecordId('案件').optional(),
    ext: z.enum(['jpg', 'png'], { errorMap: () => ({ message: '只支持 jpg 或 png 格式' }) }).default('jpg')
  })
  .strict()
export type { Reservation as AttachmentLocationOutput } from '../../services/uploads'
