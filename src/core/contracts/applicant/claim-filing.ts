import { z } from 'zod'
import { defineContract } from '../contract'

export const ClaimFilingInput = z
  .object({
    /** The code staff gave the owner … */
    code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6,16}$/, '认领码应为6至16位字母或数字，请核对').optional(),
    /** … or the number of the old register. */
    filingNumber: z.string().trim().min(2, '请填写原备案号').max(40, '备案号过长，请核对').optional(),
    /** The subject's ID number (individual) or 统一社会信用代码 / 组织机构代码 (organisation): must match the record. */
    identity: z.string({ required_error: '请填写备案主体的证件号码或统一社会信用代码' }).trim().min(6, '请填写备案主体的证件号码或统一社会信用代码').max(40, '证件号码过长，请核对')
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.code === !v.filingNumber) ctx.addIssue({ code: 'custom', path: ['code'], message: '请填写认领码，或填写原备案号' })
  })
export const ClaimFilingOutput = z.object({ id: z.string(), filingNumber: z.string().nullable(), status: z.string(), version: z.number().int() })

/** The owner claims a filing staff entered or imported: by staff's code or by its old number, with the subject's identity number (throttled). */
export const claimFilingContract = defineContract({ fn: 'applicant', action: 'claim-filing', input: ClaimFilingInput, output: ClaimFilingOutput })
