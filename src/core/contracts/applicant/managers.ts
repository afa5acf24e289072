/** Co-managers of a filing (issue 12 §7): list, invite by a one-time code, join with it, remove or leave. */
import { z } from 'zod'
import { personName } from '../../schemas/fields'
import { defineContract } from '../contract'
import { FilingId, OneTimeCode, Version } from '../shared'

/** Opaque per filing: openids are never shown to other people. */
const MemberId = z.string({ required_error: '请选择要移除的管理人' }).regex(/^[0-9a-f]{8,64}$/, '管理人编号无效，请刷新后重试')

const ManagerView = z.object({
  memberId: z.string(),
  name: z.string(),
  owner: z.boolean(),
  you: z.boolean(),
  addedAt: z.string()
})
export type ManagerView = z.infer<typeof ManagerView>

export const ManagersInput = z.object({ id: FilingId }).strict()
export const ManagersOutput = z.object({
  id: z.string(),
  version: z.number(),
  /** Whether the caller owns the filing (only the owner invites and removes others). */
  youOwn: z.boolean(),
  items: z.array(ManagerView),
  max: z.number(),
  /** The owner's transfer section (null for co-managers): the open code, or why none can start now. */
  transfer: z.object({
    open: z.object({ toName: z.string(), startedAt: z.string(), expiresAt: z.string() }).nullable(),
    /** Why a transfer cannot start now (not filed, amendment in progress, open case), else null. */
    blocked: z.string().nullable()
  }).nullable()
})
export type ManagersOutput = z.infer<typeof ManagersOutput>
export const managersContract = defineContract({ fn: 'applicant', action: 'managers', input: ManagersInput, output: ManagersOutput })

export const ManagerInviteInput = z.object({ id: FilingId, name: personName('共同管理人姓名') }).strict()
export const ManagerInviteOutput = z.object({
  /** Shown once to the owner, who passes it on; only its hash is stored. */
  code: z.string(),
  expiresAt: z.string()
})
export type ManagerInviteOutput = z.infer<typeof ManagerInviteOutput>
export const managerInviteContract = defineContract({ fn: 'applicant', action: 'manager-invite', input: ManagerInviteInput, output: ManagerInviteOutput })

export const ManagerJoinInput = z.object({ code: OneTimeCode('邀请码') }).strict()
export const ManagerJoinOutput = z.object({ id: z.string(), accountNames: z.array(z.string()) })
export type ManagerJoinOutput = z.infer<typeof ManagerJoinOutput>
export const managerJoinContract = defineContract({ fn: 'applicant', action: 'manager-join', input: ManagerJoinInput, output: ManagerJoinOutput })

/** The owner removes a manager, or a manager removes themselves (leaves). */
export const ManagerRemoveInput = z.object({ id: FilingId, version: Version, memberId: MemberId }).strict()
export const ManagerRemoveOutput = z.object({ id: z.string(), version: z.number(), left: z.boolean() })
export type ManagerRemoveOutput = z.infer<typeof ManagerRemoveOutput>
export const managerRemoveContract = defineContract({ fn: 'applicant', action: 'manager-remove', input: ManagerRemoveInput, output: ManagerRemoveOutput })
