import { z } from 'zod'
import { visible } from '../../schemas/fields'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, Version } from '../shared'

export const StaffCancelInput = z
  .object({ id: FilingId, version: Version, reason: visible(z.string({ required_error: '请填写注销原因' }).trim().min(2, '注销原因至少2个字').max(500, '注销原因不能超过500个字，请精简'), '注销原因', { multiline: true }) })
  .strict()
export const StaffCancelOutput = FilingOutcome
export type StaffCancelOutput = FilingOutcome

/** The office deregisters an approved filing (e.g. the account no longer exists); reason required. */
export const staffCancelContract = defineContract({ fn: 'staff', action: 'cancel', input: StaffCancelInput, output: StaffCancelOutput })
