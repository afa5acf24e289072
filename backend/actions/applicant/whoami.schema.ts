import { z } from 'zod'

export const WhoamiInput = z.object({}).strict()
export interface WhoamiOutput {
  openid: string
  role: 'applicant' | 'reviewer' | 'admin'
  staffName?: string
  /**
   * Subscription templates the backend sends with (审核结果, 补正提醒, 到期提醒: at most three);
   * the mini-program asks for exactly these at each submit, resubmit and amend, so the two never
   * disagree (one setting: SUBSCRIBE_TEMPLATES).
   */
  templateIds: string[]
}
