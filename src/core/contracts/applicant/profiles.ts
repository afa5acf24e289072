/** Subject profiles (常用主体, issue 12 §7): save one from a filing, list, read, change, delete, offer a change to filings. */
import { z } from 'zod'
import { ProfileContentSchema } from '../../org/profiles'
import { DocumentRefSchema } from '../../schemas/documents'
import { SubjectTypeSchema } from '../../schemas/subject'
import { defineContract } from '../contract'
import { FilingId, FilingOutcome, RequestId, Version } from '../shared'

export const ProfileId = z
  .string({ required_error: '缺少常用主体编号，请返回列表重新打开', invalid_type_error: '常用主体编号无效，请返回列表重新打开' })
  .min(1, '缺少常用主体编号，请返回列表重新打开')
  .max(64, '常用主体编号无效，请返回列表重新打开')

/** One profile in a list: masked as a filing's subject is in 我的备案. */
const ProfileListItem = z.object({
  id: z.string(),
  version: z.number().int(),
  subjectType: SubjectTypeSchema,
  /** Masked subject name. */
  name: z.string(),
  /** The organisation's code (public) or the person's masked ID number. */
  code: z.string(),
  /** Kinds of the documents kept (labels, in order). */
  documents: z.array(z.string()),
  updatedAt: z.string()
})
export type ProfileListItem = z.infer<typeof ProfileListItem>

/** An approved filing whose subject is the profile's and differs from it: an amendment is offered. */
const StaleFiling = z.object({ id: z.string(), version: z.number().int(), filingNumber: z.string().nullable(), accountNames: z.array(z.string()) })
export type StaleFiling = z.infer<typeof StaleFiling>

export const ProfilesInput = z.object({}).strict()
export const ProfilesOutput = z.object({ items: z.array(ProfileListItem), max: z.number().int() })
export type ProfilesOutput = z.infer<typeof ProfilesOutput>
export const profilesContract = defineContract({ fn: 'applicant', action: 'profiles', input: ProfilesInput, output: ProfilesOutput })

/** One profile for its owner: the subject in full (it fills the wizard) and short-lived links to its documents. */
export const ProfileGetInput = z.object({ id: ProfileId }).strict()
export const ProfileGetOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  subject: z.record(z.unknown()),
  documents: z.array(DocumentRefSchema),
  documentLinks: z.record(z.string()),
  updatedAt: z.string(),
  /** Approved filings of the same subject that an update would change (offered 同步到 N 个备案). */
  stale: z.array(StaleFiling)
})
export type ProfileGetOutput = z.infer<typeof ProfileGetOutput>
export const profileGetContract = defineContract({ fn: 'applicant', action: 'profile-get', input: ProfileGetInput, output: ProfileGetOutput })

/**
 * 保存为常用主体: from a filing the caller manages that has been submitted (its approved subject when it
 * has one). The same subject saved again refreshes its profile (`created: false`).
 */
export const ProfileSaveInput = z.object({ filingId: FilingId }).strict()
export const ProfileSaveOutput = z.object({ id: z.string(), version: z.number().int(), created: z.boolean() })
export type ProfileSaveOutput = z.infer<typeof ProfileSaveOutput>
export const profileSaveContract = defineContract({ fn: 'applicant', action: 'profile-save', input: ProfileSaveInput, output: ProfileSaveOutput })

export const ProfileUpdateInput = z.object({ id: ProfileId, version: Version, content: ProfileContentSchema }).strict()
export const ProfileUpdateOutput = z.object({ id: z.string(), version: z.number().int(), stale: z.array(StaleFiling) })
export type ProfileUpdateOutput = z.infer<typeof ProfileUpdateOutput>
export const profileUpdateContract = defineContract({ fn: 'applicant', action: 'profile-update', input: ProfileUpdateInput, output: ProfileUpdateOutput })

export const ProfileDeleteInput = z.object({ id: ProfileId, version: Version }).strict()
export const ProfileDeleteOutput = z.object({ id: z.string() })
export const profileDeleteContract = defineContract({ fn: 'applicant', action: 'profile-delete', input: ProfileDeleteInput, output: ProfileDeleteOutput })

/**
 * 同步到 N 个备案: each chosen approved filing gets an amendment (its approved content with the
 * profile copied in) that goes to review as any amendment does; the approved version stays valid.
 */
export const ProfileSyncInput = z
  .object({
    id: ProfileId,
    version: Version,
    filingIds: z.array(FilingId, { required_error: '请选择要同步的备案' }).min(1, '请选择要同步的备案').max(10, '一次最多同步10个备案'),
    requestId: RequestId
  })
  .strict()
export const ProfileSyncOutput = z.object({ items: z.array(FilingOutcome) })
export type ProfileSyncOutput = z.infer<typeof ProfileSyncOutput>
export const profileSyncContract = defineContract({ fn: 'applicant', action: 'profile-sync', input: ProfileSyncInput, output: ProfileSyncOutput })
