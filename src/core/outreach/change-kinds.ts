/** What a reported change is about (a leaf: contracts the mini-program parses import it without the holiday calendar). */
import { z } from 'zod'

export const CHANGE_KINDS = ['operator', 'contact'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = { operator: '运营者变更', contact: '联系方式变更' }
export const ChangeKindsSchema = z
  .array(z.enum(CHANGE_KINDS, { errorMap: () => ({ message: '变更事项应为运营者或联系方式，请重新选择' }) }), { invalid_type_error: '请选择变更事项' })
  .min(1, '请至少选择一项变更事项（运营者或联系方式）')
  .max(2)
