import { z } from 'zod'
import { fieldSchemas } from '../../core'
import type { TransitionOutcome } from '../../services/transition'
import { FilingId, Version } from '../shared.schema'

/** The office deregisters an approved filing (e.g. the account no longer exists); reason required. */
export const StaffCancelInput = z
  .object({ id: FilingId, version: Version, reason: fieldSchemas.visible(z.string({ required_error: '请填写注销原因' }).trim().min(2, '注销原因至少2个字').max(500, '注销原因不能超过500个字，请精简'), '注销原因', { multiline: true }) })
  .strict()
export type StaffCancelOutput = TransitionOutcome
