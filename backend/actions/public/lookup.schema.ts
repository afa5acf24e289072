import { z } from 'zod'
import { fieldSchemas, type PublicItem } from '../../core'

export const LookupInput = z.union(
  [
    z.object({ filingNumber: z.string({ required_error: '请输入备案号，或选择平台并输入账号名称' }).trim().min(4, '请输入完整的备案号').max(64, '备案号过长，请核对') }).strict(),
    z
      .object({
        platform: z.string().min(1, '请选择平台').max(32, '平台无效，请重新选择'),
        accountName: fieldSchemas.visible(z.string().trim().min(1, '请输入账号名称').max(50, '账号名称不能超过50个字'), '账号名称')
      })
      .strict()
  ],
  { errorMap: () => ({ message: '请输入备案号，或选择平台并输入账号名称' }) }
)
export type LookupItem = PublicItem
export interface LookupOutput {
  found: boolean
  items: LookupItem[]
}
