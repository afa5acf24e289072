import { z } from 'zod'
import { PUBLIC_STANDINGS } from '../../filing/status'
import { visible } from '../../schemas/fields'
import { defineContract } from '../contract'
import { ACCOUNT_NAME_MAX, PlatformInput } from '../shared'

export const LookupInput = z.union(
  [
    z.object({ filingNumber: z.string({ required_error: '请输入备案号，或选择平台并输入账号名称' }).trim().min(4, '请输入完整的备案号').max(64, '备案号过长，请核对') }).strict(),
    z
      .object({
        platform: PlatformInput,
        accountName: visible(z.string().trim().min(1, '请输入账号名称').max(ACCOUNT_NAME_MAX, `账号名称不能超过${ACCOUNT_NAME_MAX}个字`), '账号名称')
      })
      .strict()
  ],
  { errorMap: () => ({ message: '请输入备案号，或选择平台并输入账号名称' }) }
)
export type LookupInput = z.input<typeof LookupInput>

/** Account-level facts only: no subject, no person, no contact. */
export const LookupItem = z.object({
  filingNumber: z.string().nullable(),
  status: z.enum(PUBLIC_STANDINGS),
  statusLabel: z.string(),
  /** The platform's label (or the name given for 其他). */
  platform: z.string(),
  accountName: z.string(),
  approvedAt: z.string().nullable()
})
export type LookupItem = z.infer<typeof LookupItem>
export const LookupOutput = z.object({ found: z.boolean(), items: z.array(LookupItem) })
export type LookupOutput = z.infer<typeof LookupOutput>

/** Public lookup: is this account filed? Anyone may ask (60 an hour per caller); answered from the valid approved version only. */
export const lookupContract = defineContract({ fn: 'public', action: 'lookup', input: LookupInput, output: LookupOutput })
