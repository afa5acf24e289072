import { z } from 'zod'
import { defineContract } from '../contract'

export const WhoamiInput = z.object({}).strict()
export const WhoamiOutput = z.object({
  openid: z.string(),
  role: z.enum(['applicant', 'reviewer', 'admin']),
  staffName: z.string().optional(),
  /**
   * Subscription templates the backend sends the office's answers with (审核结果, 补正提醒, 到期提醒:
   * at most three); the mini-program asks for exactly these at each submit, resubmit and amend, so
   * the two never disagree (one setting: SUBSCRIBE_TEMPLATES).
   */
  templateIds: z.array(z.string()),
  /** "Your report was handled" (asked for in the report tap) and supervision notices (on the case page). */
  reportTemplateId: z.string().nullable(),
  caseTemplateId: z.string().nullable(),
  /** 活动通知 (asked for on the activities page's 订阅活动通知 tap). */
  activityTemplateId: z.string().nullable().optional()
})
export type WhoamiOutput = z.infer<typeof WhoamiOutput>

/** Who am I: the role decides whether the mini-program shows the review tab. */
export const whoamiContract = defineContract({ fn: 'applicant', action: 'whoami', input: WhoamiInput, output: WhoamiOutput })
