import { z } from 'zod'
import { fieldSchemas } from '../../core'
import { Openid } from '../shared.schema'

export const StaffListInput = z.object({}).strict()
export interface StaffListOutput {
  members: Array<{ openid: string; role: 'reviewer' | 'admin'; name: string; addedAt: string | null; fromEnvironment: boolean }>
}

export const StaffInviteInput = z
  .object({ name: fieldSchemas.personName('工作人员姓名'), role: z.enum(['reviewer', 'admin'], { errorMap: () => ({ message: '请选择角色（审核员或管理员）' }) }).default('reviewer') })
  .strict()
export interface StaffInviteOutput {
  /** Shown once to the admin, who passes it on; only its hash is stored. */
  code: string
  expiresAt: string
}

export const StaffRemoveInput = z.object({ openid: Openid }).strict()
export interface StaffRemoveOutput {
  openid: string
  removed: true
}
