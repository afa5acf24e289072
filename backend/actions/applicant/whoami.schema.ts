import { z } from 'zod'

export const WhoamiInput = z.object({}).strict()
export interface WhoamiOutput {
  openid: string
  role: 'applicant' | 'reviewer' | 'admin'
  staffName?: string
  /**
   * Subscription templates the backend sends status alerts with; the mini-program asks the user
   * for exactly these, so the two can never disagree (one setting: TEMPLATE_ID_STATUS).
   */
  templateIds: string[]
  /** "Your report was handled" (asked for in the report tap) and supervision notices (asked for on the case page). */
  reportTemplateId: string | null
  caseTemplateId: string | null
}
