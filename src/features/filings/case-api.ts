/**
 * The operator's case screens (filing subpackage): one case with its orders and notices, and the
 * evidence of rectification (applicant/my-case, case-evidence); staff read notices via case-get.
 */
import { z } from 'zod'
import { call } from '../../services/api'
import { MyCaseRowSchema } from './api'

export const NoticeDocSchema = z.object({
  stepId: z.string(),
  kind: z.enum(['summon', 'order']),
  title: z.string(),
  number: z.string(),
  addressee: z.string(),
  paragraphs: z.array(z.string()),
  items: z.array(z.string()),
  office: z.string(),
  date: z.string(),
  contact: z.string()
})
export type NoticeDoc = z.infer<typeof NoticeDocSchema>

export const OperatorCaseSchema = MyCaseRowSchema.extend({
  version: z.number(),
  rectificationItems: z.array(z.string()),
  steps: z.array(z.object({ id: z.string(), type: z.string(), label: z.string(), at: z.string(), byName: z.string(), deadline: z.string().nullable(), noticeNumber: z.string().nullable(), hasNotice: z.boolean(), attachments: z.array(z.string()), data: z.record(z.unknown()).nullable() }).passthrough()),
  attachmentLinks: z.record(z.string()),
  notices: z.array(NoticeDocSchema),
  closeOutcomeLabel: z.string()
})
export type OperatorCase = z.infer<typeof OperatorCaseSchema>

export function getMyCase (id: string): Promise<OperatorCase> {
  return call('applicant', 'my-case', { id }, z.object({ case: OperatorCaseSchema })).then((r) => r.case)
}

export function submitEvidence (c: OperatorCase, files: string[], note: string, subscribed: string[]): Promise<OperatorCase> {
  return call('applicant', 'case-evidence', { id: c.id, version: c.version, files, note, subscribed }, z.object({ case: OperatorCaseSchema })).then((r) => r.case)
}

/** Staff open the same notice page: their case-get carries the notices too. */
export function staffCaseNotices (id: string): Promise<NoticeDoc[]> {
  return call('staff', 'case-get', { id }, z.object({ case: z.object({ notices: z.array(NoticeDocSchema) }).passthrough() }).passthrough()).then((r) => r.case.notices)
}
