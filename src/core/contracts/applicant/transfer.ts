/**
 * Transfer of a filing to a new operator (转让, issue 12 §7.5): the owner starts it with a one-time
 * code (or cancels it); the receiving operator previews what they would take over and accepts in
 * their own WeChat. `code-preview` tells which kind of code was typed in the join box.
 */
import { z } from 'zod'
import { TransferNameSchema } from '../../org/transfer'
import { defineContract } from '../contract'
import { FilingId, OneTimeCode, Version } from '../shared'

const Code = OneTimeCode('转让码')

export const TransferStartInput = z.object({ id: FilingId, version: Version, toName: TransferNameSchema }).strict()
export const TransferStartOutput = z.object({
  /** Shown once to the owner, who passes it on; only its hash is stored. A new code replaces the open one. */
  code: z.string(),
  expiresAt: z.string(),
  version: z.number()
})
export type TransferStartOutput = z.infer<typeof TransferStartOutput>
export const transferStartContract = defineContract({ fn: 'applicant', action: 'transfer-start', input: TransferStartInput, output: TransferStartOutput })

export const TransferCancelInput = z.object({ id: FilingId }).strict()
export const TransferCancelOutput = z.object({ id: z.string(), version: z.number() })
export type TransferCancelOutput = z.infer<typeof TransferCancelOutput>
export const transferCancelContract = defineContract({ fn: 'applicant', action: 'transfer-cancel', input: TransferCancelInput, output: TransferCancelOutput })

/** What the receiving operator would take over (the subject name masked). */
export const TransferPreview = z.object({
  accountNames: z.array(z.string()),
  filingNumber: z.string(),
  subjectName: z.string(),
  /** The receiver as the owner named them. */
  toName: z.string(),
  expiresAt: z.string(),
  /** What follows acceptance (core's wording). */
  consequences: z.string()
})
export type TransferPreview = z.infer<typeof TransferPreview>
export const TransferPreviewInput = z.object({ code: Code }).strict()
export const transferPreviewContract = defineContract({ fn: 'applicant', action: 'transfer-preview', input: TransferPreviewInput, output: TransferPreview })

export const TransferAcceptInput = z.object({ code: Code }).strict()
export const TransferAcceptOutput = z.object({ id: z.string(), accountNames: z.array(z.string()), dueOn: z.string() })
export type TransferAcceptOutput = z.infer<typeof TransferAcceptOutput>
export const transferAcceptContract = defineContract({ fn: 'applicant', action: 'transfer-accept', input: TransferAcceptInput, output: TransferAcceptOutput })

/** One box, two kinds of code: a co-manager code (join at once) or a transfer code (preview, then confirm). */
export const CodePreviewInput = z.object({ code: OneTimeCode('邀请码') }).strict()
export const CodePreviewOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manager') }),
  z.object({ kind: z.literal('transfer'), transfer: TransferPreview })
])
export type CodePreviewOutput = z.infer<typeof CodePreviewOutput>
export const codePreviewContract = defineContract({ fn: 'applicant', action: 'code-preview', input: CodePreviewInput, output: CodePreviewOutput })
