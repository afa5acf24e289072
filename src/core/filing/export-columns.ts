/**
 * The export's columns: one row per account, headers from the field catalogue where a column
 * is one field. Personal data is masked unless the export is a full one (admins, audited).
 */
import { findTown, type JurisdictionConfig } from '../jurisdiction/schema'
import { maskName, maskPhone } from '../mask'
import { findField } from '../schemas/catalogue'
import type { DraftContent } from '../schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../schemas/subject'
import { statusLabel } from '../workflow'
import { accountDisplayName, accountIdentifier, accountPlatformLabel, type AccountLike } from './accounts'
import type { SensitivePath } from './describe'
import type { FilingState } from './state'

export interface ExportRowInput {
  filing: Pick<FilingState, 'status' | 'filingNumber' | 'submittedAt' | 'decidedAt' | 'index'>
  content: DraftContent
  account: AccountLike
  full: boolean
  /** The unmasked ID number (full exports only; the caller decrypts and audits). */
  revealId(path: SensitivePath): string | null
  /** 'YYYY-MM-DD HH:mm' in the jurisdiction's time zone. */
  time(iso: string | null): string
  config: Pick<JurisdictionConfig, 'platforms' | 'towns'>
}

export interface ExportColumn {
  key: string
  header: string
  width: number
  value(r: ExportRowInput): string | number
}

const label = (path: string) => findField(path)?.label ?? path
const isPerson = (c: DraftContent) => c.subject?.type === 'individual'
/** The person whose ID and phone the office keeps: the subject for individuals, else the operator. */
const contactPhone = (c: DraftContent) => (isPerson(c) || c.operator?.sameAsSubject !== false ? c.subject?.phone : c.operator?.phone) ?? ''

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'number', header: '备案号', width: 20, value: (r) => r.filing.filingNumber ?? '' },
  { key: 'status', header: '状态', width: 10, value: (r) => statusLabel(r.filing.status) },
  { key: 'subjectType', header: label('subject.type'), width: 14, value: (r) => SUBJECT_TYPE_LABELS[r.content.subject?.type as SubjectType] ?? '' },
  { key: 'subjectName', header: label('subject.name'), width: 24, value: (r) => (r.full || !isPerson(r.content) ? (r.content.subject?.name ?? '') : maskName(r.content.subject?.name ?? '')) },
  {
    key: 'idNumber',
    header: label('subject.idNumber'),
    width: 22,
    value: (r) => {
      const path: SensitivePath = isPerson(r.content) ? 'subject.idNumber' : 'operator.idNumber'
      if (r.full) return r.revealId(path) ?? ''
      return (isPerson(r.content) ? r.content.subject?.idNumber : r.content.operator?.idNumber) ?? ''
    }
  },
  { key: 'phone', header: label('subject.phone'), width: 16, value: (r) => (r.full ? contactPhone(r.content) : maskPhone(contactPhone(r.content))) },
  { key: 'town', header: label('subject.town'), width: 14, value: (r) => (r.content.subject?.town ? (findTown(r.config as JurisdictionConfig, r.content.subject.town)?.name ?? r.content.subject.town) : '') },
  { key: 'platform', header: '类型/平台', width: 12, value: (r) => accountPlatformLabel(r.account, r.config) },
  { key: 'accountName', header: label('accounts.*.accountName'), width: 24, value: (r) => accountDisplayName(r.account) },
  { key: 'accountId', header: '账号ID/域名', width: 22, value: (r) => (r.account.kind === 'app' ? '' : accountIdentifier(r.account)) },
  { key: 'followers', header: label('accounts.*.followers'), width: 10, value: (r) => (typeof r.account.followers === 'number' ? r.account.followers : '') },
  { key: 'openedOn', header: label('accounts.*.openedOn'), width: 12, value: (r) => r.account.openedOn ?? '' },
  { key: 'submittedAt', header: '提交时间', width: 18, value: (r) => r.time(r.filing.submittedAt) },
  { key: 'decidedAt', header: '审核时间', width: 18, value: (r) => r.time(r.filing.decidedAt) },
  { key: 'dueDate', header: '备案截止日期', width: 12, value: (r) => r.filing.index.dueDate ?? '' }
]
