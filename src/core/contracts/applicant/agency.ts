/**
 * Agency (委托代理, issue 12 §7): the agent gets the principal's confirmation code; the principal,
 * in their own WeChat, previews what is filed in their name and confirms or refuses with it.
 */
import { z } from 'zod'
import { RefusalReasonSchema } from '../../org/agency'
import { defineContract } from '../contract'
import { FilingId, OneTimeCode } from '../shared'

const Code = OneTimeCode('确认码')

export const AgencyCodeInput = z.object({ id: FilingId }).strict()
export const AgencyCodeOutput = z.object({
  /** Shown once to the agent, who passes it to the principal; only its hash is stored. A new code replaces the old one. */
  code: z.string(),
  expiresAt: z.string()
})
export type AgencyCodeOutput = z.infer<typeof AgencyCodeOutput>
export const agencyCodeContract = defineContract({ fn: 'applicant', action: 'agency-code', input: AgencyCodeInput, output: AgencyCodeOutput })

export const AgencyPreviewInput = z.object({ code: Code }).strict()
/** What the principal sees before answering: ID numbers masked, the agent named. */
export const AgencyPreviewOutput = z.object({
  subjectName: z.string(),
  subjectType: z.string(),
  /** The subject's masked ID number or its credit code. */
  subjectId: z.string().nullable(),
  agency: z.object({ name: z.string(), contact: z.string(), phone: z.string() }),
  accounts: z.array(z.object({ kind: z.string(), name: z.string() })),
  submittedAt: z.string().nullable(),
  /** True when an approved filing is being amended (变更) by the agent. */
  amendment: z.boolean(),
  expiresAt: z.string()
})
export type AgencyPreviewOutput = z.infer<typeof AgencyPreviewOutput>
export const agencyPreviewContract = defineContract({ fn: 'applicant', action: 'agency-preview', input: AgencyPreviewInput, output: AgencyPreviewOutput })

export const AgencyConfirmInput = z.object({ code: Code }).strict()
export const AgencyConfirmOutput = z.object({ id: z.string(), accountNames: z.array(z.string()) })
export type AgencyConfirmOutput = z.infer<typeof AgencyConfirmOutput>
export const agencyConfirmContract = defineContract({ fn: 'applicant', action: 'agency-confirm', input: AgencyConfirmInput, output: AgencyConfirmOutput })

export const AgencyRefuseInput = z.object({ code: Code, reason: RefusalReasonSchema }).strict()
export const AgencyRefuseOutput = z.object({ refused: z.literal(true) })
export type AgencyRefuseOutput = z.infer<typeof AgencyRefuseOutput>
export const agencyRefuseContract = defineContract({ fn: 'applicant', action: 'agency-refuse', input: AgencyRefuseInput, output: AgencyRefuseOutput })
