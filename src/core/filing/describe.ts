/**
 * Filing content as people read it: every filled field in form order, with human values
 * (platform and town names, labels, grouped digits). The review screen, the applicant's own
 * detail page and the wizard's preview all show these rows.
 */
import { findPlatform, findTown, type JurisdictionConfig } from '../jurisdiction/schema'
import { ACCOUNT_KIND_LABELS, type AccountKind } from '../schemas/account'
import { fieldLabel } from '../schemas/field-labels'
import type { DraftContent } from '../schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../schemas/subject'
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

type Config = Pick<JurisdictionConfig, 'platforms' | 'towns'>

const SUBJECT_KEYS = ['type', 'name', 'idNumber', 'idValidUntil', 'uscc', 'orgCode', 'legalRepresentative', 'phone', 'email', 'address', 'town'] as const
const OPERATOR_KEYS = ['name', 'idNumber', 'idValidUntil', 'phone', 'email'] as const
const ACCOUNT_KEYS = ['kind', 'platform', 'platformName', 'accountName', 'name', 'accountId', 'homepage', 'url', 'domain', 'icpNumber', 'stores', 'developer', 'followers', 'openedOn', 'category'] as const
const GROUP_TITLES = { subject: '主体信息', operator: '运维负责人' } as const

function plain(v: unknown): string {
  if (v === undefined || v === null || v === '') return ''
  if (Array.isArray(v)) return v.map(String).join('、')
  return String(v)
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** Every field the applicant filled, in form order, grouped as the form groups them. */
export function describeContent(content: DraftContent, config: Config): ContentSection[] {
  const sections: ContentSection[] = []
  const s = (content.subject ?? {}) as Record<string, unknown>
  sections.push({
    key: 'subject',
    title: GROUP_TITLES.subject,
    rows: SUBJECT_KEYS.filter((k) => !empty(s[k])).map((k) => {
      const raw = s[k]
      const path = `subject.${k}`
      const value = k === 'type' ? (SUBJECT_TYPE_LABELS[raw as SubjectType] ?? plain(raw)) : k === 'town' ? (findTown(config as JurisdictionConfig, plain(raw))?.name ?? plain(raw)) : plain(raw)
      return { path, label: fieldLabel(path, content), value, ...(k === 'idNumber' ? { sensitive: 'subject.idNumber' as const } : {}) }
    })
  })
  const o = content.operator as Record<string, unknown> | undefined
  if (o !== undefined) {
    const rows: FieldRow[] =
      o.sameAsSubject === true
        ? [{ path: 'operator.sameAsSubject', label: fieldLabel('operator.sameAsSubject'), value: '与主体相同' }]
        : OPERATOR_KEYS.filter((k) => !empty(o[k])).map((k) => ({
            path: `operator.${k}`,
            label: fieldLabel(`operator.${k}`),
            value: plain(o[k]),
            ...(k === 'idNumber' ? { sensitive: 'operator.idNumber' as const } : {})
          }))
    sections.push({ key: 'operator', title: GROUP_TITLES.operator, rows })
  }
  ;(content.accounts ?? []).forEach((a, i) => {
    const values = a as Record<string, unknown>
    const rows: FieldRow[] = ACCOUNT_KEYS.filter((k) => !empty(values[k])).map((k) => {
      const raw = values[k]
      const value =
        k === 'kind'
          ? (ACCOUNT_KIND_LABELS[raw as AccountKind] ?? plain(raw))
          : k === 'platform'
            ? (findPlatform(config as JurisdictionConfig, plain(raw))?.name ?? plain(raw))
            : k === 'followers' && typeof raw === 'number'
              ? raw.toLocaleString('zh-CN')
              : plain(raw)
      return { path: `accounts.${i}.${k}`, label: fieldLabel(`accounts.*.${k}`), value }
    })
    sections.push({ key: `account-${i}`, title: fieldLabel(`accounts.${i}`, content), rows })
  })
  return sections
}
