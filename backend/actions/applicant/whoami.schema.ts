import { z } from 'zod'

export const WhoamiInput = z.object({}).strict()
export interface WhoamiOutput {
  openid: string
  role: 'applicant' | 'reviewer' | 'admin'
  staffName?: string
}
