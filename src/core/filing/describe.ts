/**
 * Filing content as people read it, driven by the field catalogue: the review screen's rows,
 * the export's columns and the registration form's lines all come from here.
 */
import { findTown, type JurisdictionConfig } from '../jurisdiction/schema'
import { ACCOUNT_KIND_LABELS, type AccountKind } from '../schemas/account'
import { fieldsOf, GROUP_LABELS, optionLabel, type FieldSpec } from '../schemas/catalogue'
import { fieldLabel } from '../schemas/field-labels'
import type { DraftContent } from '../schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../schemas/subject'
import { platformLabel, type AccountLike } from './accounts'
import { ELIGIBILITY_LABELS } from '../schemas/eligibility-answers'
import { localDate } from '../local-time'

import type { SensitivePath } from '../schemas/sensitive-paths'
export type { SensitivePath }

export interface FieldRow {
  /** Concrete path (`accounts.0.followers`): what a return reason points at. */
  path: string
  label: string
  value: string
  /** Masked values that a staff member can reveal (audited). */
  sensitive?: SensitivePath
}

export interface ContentSection {
  key: string
  title: string
  rows: FieldRow[]
}

/** `fields` (the city's labels) is optional so lookups that know only platforms and towns still read. */
type Config = Pick<JurisdictionConfig, 'platforms' | 'towns'> & Partial<Pick<JurisdictionConfig, 'fields' | 'timezone'>>

function plain(v: unknown): string {
  if (v === undefined || v === null || v === '') return ''
  if (Array.isArray(v)) return v.map(String).join('、')
  return String(v)
}

/** One stored value as it reads (platform and town names, labels, grouped digits). */
export function displayValue(spec: Pick<FieldSpec, 'display' | 'options'>, raw: unknown, config: Config, account?: AccountLike): string {
  switch (spec.display) {
    case 'subjectType':
      return SUBJECT_TYPE_LABELS[raw as SubjectType] ?? plain(raw)
    case 'accountKind':
      return ACCOUNT_KIND_LABELS[raw as AccountKind] ?? plain(raw)
    case 'platform':
      return typeof raw === 'string' ? platformLabel(raw, config, raw === 'other' ? (account?.platformName ?? '其他') : undefined) : ''
    case 'town':
      return typeof raw === 'string' ? (findTown(config as JurisdictionConfig, raw)?.name ?? raw) : ''
    case 'count':
      return typeof raw === 'number' ? raw.toLocaleString('zh-CN') : plain(raw)
    case 'flag':
      return raw === true ? '是' : raw === false ? '否' : ''
    case 'option':
      return optionLabel(spec, raw) ?? plain(raw)
    default:
      return plain(raw)
  }
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** Every field the applicant filled, in form order, grouped as the form groups them. */
export function describeContent(content: DraftContent, config: Config): ContentSection[] {
  const sections: ContentSection[] = []
  const basis = content.basis
  // The self-check first: why this filing is required or advised (set by the server from the answers).
  if (basis?.verdict) {
    sections.push({
      key: 'basis',
      title: GROUP_LABELS.basis,
      rows: [
        { path: 'basis.verdict', label: '自查结论', value: ELIGIBILITY_LABELS[basis.verdict] },
        { path: 'basis.reasons', label: '符合的条件', value: (basis.reasons ?? []).join('；') },
        { path: 'basis.checkedAt', label: '自查日期', value: localDate(new Date(basis.checkedAt), config.timezone ?? 'Asia/Shanghai') }
      ]
    })
  }
  const row = (spec: FieldSpec, path: string, raw: unknown, account?: AccountLike): FieldRow => ({
    path,
    label: config.fields?.[spec.path]?.label ?? (spec.group === 'account' ? spec.label : fieldLabel(path, content)),
    value: displayValue(spec, raw, config, account),
    ...(spec.sensitive ? { sensitive: spec.path as SensitivePath } : {})
  })
  const subject = (content.subject ?? {}) as Record<string, unknown>
  sections.push({
    key: 'subject',
    title: GROUP_LABELS.subject,
    rows: fieldsOf('subject').filter((f) => !empty(subject[f.key])).map((f) => row(f, f.path, subject[f.key]))
  })
  const operator = content.operator as Record<string, unknown> | undefined
  if (operator !== undefined) {
    const rows =
      operator.sameAsSubject === true
        ? [{ path: 'operator.sameAsSubject', label: fieldLabel('operator.sameAsSubject'), value: '与主体相同' }]
        : fieldsOf('operator')
            .filter((f) => f.key !== 'sameAsSubject' && !empty(operator[f.key]))
            .map((f) => row(f, f.path, operator[f.key]))
    sections.push({ key: 'operator', title: GROUP_LABELS.operator, rows })
  }
  ;(content.accounts ?? []).forEach((a, i) => {
    const values = a as Record<string, unknown>
    sections.push({
      key: `account-${i}`,
      title: fieldLabel(`accounts.${i}`, content),
      rows: fieldsOf('account')
        .filter((f) => !empty(values[f.key]))
        .map((f) => row(f, `accounts.${i}.${f.key}`, values[f.key], a))
    })
  })
  return sections
}
