/**
 * The directory of filed operators for the local self-media association: only operators who
 * consented to be listed (a choice they give and withdraw; off by default), one row per account
 * of the approved version. A person's name and phone are masked: the association gets a way to
 * recognise and invite members, not the register's personal data.
 */
import { accountDisplayName, accountPlatformLabel, type AccountLike } from '../filing/accounts'
import { localDate } from '../local-time'
import { findTown, type JurisdictionConfig } from '../jurisdiction/schema'
import { maskName, maskPhone } from '../mask'
import type { DraftContent } from '../schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../schemas/subject'
import { FOLLOWER_BAND_LABELS, followerBand } from './activity'

export interface DirectoryRowInput {
  filingNumber: string | null
  approvedAt: string
  content: DraftContent
  account: AccountLike
  config: Pick<JurisdictionConfig, 'platforms' | 'towns' | 'timezone'>
}

export interface DirectoryColumn {
  key: string
  header: string
  width: number
  value(r: DirectoryRowInput): string
}

const isPerson = (c: DraftContent) => c.subject?.type === 'individual'
const contactPhone = (c: DraftContent) => (isPerson(c) || c.operator?.sameAsSubject !== false ? c.subject?.phone : c.operator?.phone) ?? ''

export const DIRECTORY_COLUMNS: readonly DirectoryColumn[] = [
  { key: 'number', header: '备案号', width: 20, value: (r) => r.filingNumber ?? '' },
  { key: 'platform', header: '平台', width: 14, value: (r) => accountPlatformLabel(r.account, r.config) },
  { key: 'account', header: '账号名称', width: 26, value: (r) => accountDisplayName(r.account) },
  { key: 'category', header: '内容类别', width: 12, value: (r) => ('category' in r.account && typeof r.account.category === 'string' ? r.account.category : '') },
  { key: 'followers', header: '粉丝量', width: 14, value: (r) => ('followers' in r.account && typeof r.account.followers === 'number' ? FOLLOWER_BAND_LABELS[followerBand(r.account.followers)] : '') },
  { key: 'town', header: '镇街', width: 14, value: (r) => (r.content.subject?.town ? (findTown(r.config as JurisdictionConfig, r.content.subject.town)?.name ?? '') : '') },
  { key: 'subjectType', header: '主体类型', width: 14, value: (r) => SUBJECT_TYPE_LABELS[r.content.subject?.type as SubjectType] ?? '' },
  // An organisation's name is public (营业执照); a person's is masked.
  { key: 'subject', header: '主体名称', width: 24, value: (r) => (isPerson(r.content) ? maskName(r.content.subject?.name ?? '') : (r.content.subject?.name ?? '')) },
  { key: 'phone', header: '联系电话', width: 16, value: (r) => maskPhone(contactPhone(r.content)) },
  { key: 'approvedAt', header: '备案日期', width: 12, value: (r) => localDate(r.approvedAt, r.config.timezone) }
]

/** Why the directory has a consent: the wording the operator agrees to (我的备案, the wizard's commitment step). */
export const DIRECTORY_CONSENT_TEXT = '同意将本备案的账号名称、平台、内容类别、所在镇街及脱敏后的主体名称和联系电话提供给本地自媒体协会，用于协会联络与活动邀请。可随时撤回。'
