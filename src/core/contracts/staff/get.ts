import { z } from 'zod'
import { DraftContentSchema } from '../../schemas/filing'
import { FormSheetSchema } from '../../filing/registration-form'
import { WorkflowActionSchema } from '../../workflow'
import { defineContract } from '../contract'
import { FilingId, ReturnReasonView } from '../shared'
import { QueueItem } from './queue'
import { TrustView } from '../trust'

export const StaffGetInput = z.object({ id: FilingId }).strict()

/** Another live filing that carries one of this filing's accounts: a hint for the reviewer, not a verdict. */
export const DuplicateHint = z.object({
  id: z.string(),
  filingNumber: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  subjectName: z.string()
})
export type DuplicateHint = z.infer<typeof DuplicateHint>

/** One audit entry as staff see it (with the staff member's name, when known). */
export const HistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorRole: z.string(),
  detail: z.record(z.unknown()),
  actorName: z.string().nullable()
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

/** How an entered or imported filing reached the register, and its claim state (null for the applicant's own). */
export const IntakeView = z.object({
  channel: z.string(),
  channelLabel: z.string(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string(),
  receivedOn: z.string().nullable(),
  legacyNumber: z.string().nullable(),
  claimed: z.boolean(),
  /** The live claim code's expiry (the code itself is shown once, when issued), null when none is live. */
  claimCodeExpiresAt: z.string().nullable()
})
export type IntakeView = z.infer<typeof IntakeView>

export const StaffGetOutput = QueueItem.extend({
  /** ID numbers masked; use `reveal` (audited) to see one. */
  content: DraftContentSchema,
  approvedContent: DraftContentSchema.nullable(),
  returnReasons: z.array(ReturnReasonView),
  rejectReason: z.string().nullable(),
  /** fileId → link valid for 10 minutes. */
  documentLinks: z.record(z.string()),
  /** The 登记备案表 frozen at the last submission (null on records filed before it was kept): what staff print. */
  registrationForm: FormSheetSchema.nullable(),
  history: z.array(HistoryEntry),
  availableActions: z.array(WorkflowActionSchema),
  duplicates: z.array(DuplicateHint),
  /** Resubmitted after a return: the fields changed since (as people read them), empty otherwise. */
  changesSinceReturn: z.array(z.object({ path: z.string(), label: z.string(), before: z.string(), after: z.string() })),
  /** Whether the decision's message can reach the applicant (else: 未订阅，请电话联系 + phone). */
  reach: z.object({ notifiable: z.boolean(), byKind: z.record(z.boolean()), phone: z.string().nullable() }),
  /** Why this staff member must leave the filing to a colleague (no actions are offered then). */
  recusalMessage: z.string().nullable(),
  /** An agency filing's principal confirmation (待委托方确认 / 已确认 / 已拒绝), null when no agency files it. */
  principal: z.object({ status: z.enum(['pending', 'confirmed', 'refused']), label: z.string(), at: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  /** Cross-check flags, what OCR read, and each account's ownership proof and checklist. */
  trust: TrustView,
  intake: IntakeView.nullable()
})
export type StaffGetOutput = z.infer<typeof StaffGetOutput>

/** One filing for review: masked content, 10-minute document links (access audited), history. */
export const staffGetContract = defineContract({ fn: 'staff', action: 'get', input: StaffGetInput, output: StaffGetOutput })
