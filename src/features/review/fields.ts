import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import { findPlatform, findTown } from '../../core/jurisdiction/schema'
import type { DraftContent } from '../../core/schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../core/schemas/subject'
import { ACCOUNT_KIND_LABELS, type AccountKind } from '../../core/schemas/account'
import { fieldLabel } from '../../core/schemas/field-labels'
import { detectPlaceNames } from '../../core/place-names'
import type { SensitivePath } from '../../core/schemas/sensitive-paths'
import { T } from './texts'

/** One line of the review screen; `path` is what a return reason points at. */
export interface FieldRow {
  path: string
  label: string
  value: string
  /** ID numbers arrive masked; these can be revealed (audited). */
  sensitive?: SensitivePath
}

export interface Section {
  key: string
  title: string
  rows: FieldRow[]
}

const SUBJECT_KEYS = ['type', 'name', 'idNumber', 'idValidUntil', 'uscc', 'orgCode', 'legalRepresentative', 'phone', 'email', 'address', 'town'] as const
const OPERATOR_KEYS = ['name', 'idNumber', 'idValidUntil', 'phone', 'email'] as const
const ACCOUNT_KEYS = ['kind', 'platform', 'platformName', 'accountName', 'name', 'accountId', 'homepage', 'url', 'domain', 'icpNumber', 'stores', 'developer', 'followers', 'openedOn', 'category'] as const

function show (v: unknown): string {
  if (v === undefined || v === null || v === '') return ''
  if (Array.isArray(v)) return v.map(String).join('、')
  return String(v)
}

/** Every field the applicant filled, in form order, with human values (platform and town names). */
export function describeFiling (content: DraftContent, config: JurisdictionConfig): Section[] {
  const sections: Section[] = []
  const s = content.subject ?? {}
  const subjectRows: FieldRow[] = []
  for (const k of SUBJECT_KEYS) {
    const raw = s[k]
    if (raw === undefined || raw === '') continue
    const path = `subject.${k}`
    const value = k === 'type' ? SUBJECT_TYPE_LABELS[raw as SubjectType] ?? show(raw)
      : k === 'town' ? findTown(config, show(raw))?.name ?? show(raw)
        : show(raw)
    subjectRows.push({ path, label: fieldLabel(path, content), value, ...(k === 'idNumber' ? { sensitive: 'subject.idNumber' as const } : {}) })
  }
  sections.push({ key: 'subject', title: T.sectionSubject, rows: subjectRows })

  const o = content.operator
  if (o !== undefined) {
    const rows: FieldRow[] = o.sameAsSubject === true
      ? [{ path: 'operator.sameAsSubject', label: fieldLabel('operator.sameAsSubject'), value: T.sameAsSubject }]
      : OPERATOR_KEYS.filter((k) => o[k] !== undefined && o[k] !== '').map((k) => ({
        path: `operator.${k}`,
        label: fieldLabel(`operator.${k}`),
        value: show(o[k]),
        ...(k === 'idNumber' ? { sensitive: 'operator.idNumber' as const } : {})
      }))
    sections.push({ key: 'operator', title: T.sectionOperator, rows })
  }

  ;(content.accounts ?? []).forEach((a, i) => {
    const rows: FieldRow[] = []
    for (const k of ACCOUNT_KEYS) {
      const raw = a[k]
      if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue
      const path = `accounts.${i}.${k}`
      const value = k === 'kind' ? ACCOUNT_KIND_LABELS[raw as AccountKind] ?? show(raw)
        : k === 'platform' ? findPlatform(config, show(raw))?.name ?? (raw === 'other' ? '其他' : show(raw))
          : k === 'followers' && typeof raw === 'number' ? raw.toLocaleString('zh-CN')
            : show(raw)
      rows.push({ path, label: fieldLabel(`accounts.*.${k}`), value })
    }
    sections.push({ key: `account-${i}`, title: fieldLabel(`accounts.${i}`, content), rows })
  })
  return sections
}

/** Local place names in each account name (notice condition 2), as hints for the reviewer. */
export function placeHints (content: DraftContent, config: JurisdictionConfig): Array<{ account: string, places: string[] }> {
  return (content.accounts ?? []).map((a) => {
    const account = a.accountName ?? a.name ?? ''
    return { account, places: account ? detectPlaceNames(account, config) : [] }
  }).filter((h) => h.account !== '')
}

/** The document kinds present, as return-reason paths (`documents.<kind>`). */
export function documentPaths (content: DraftContent): FieldRow[] {
  const seen = new Set<string>()
  const rows: FieldRow[] = []
  for (const d of content.documents ?? []) {
    const path = `documents.${d.kind}`
    if (seen.has(path)) continue
    seen.add(path)
    rows.push({ path, label: fieldLabel(path), value: '' })
  }
  return rows
}
