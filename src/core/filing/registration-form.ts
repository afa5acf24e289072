/**
 * The lines of the generated 登记备案表, from the field catalogue: which fields the form
 * prints (and under which short label), in form order, with display values, and how they fall
 * on pages (`formPages`): ten accounts to a page, continuing on further pages, then every other
 * collected account field on detail pages. ID numbers are printed masked (the image may sit in
 * a photo album) except the operator's on the copy the unit stamps (`fullOperatorId`), where the
 * office needs it legible. The drawing itself (layout, fonts) is the wizard's.
 */
import { z } from 'zod'
import { localDate } from '../local-time'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { maskIdNumber } from '../mask'
import { fieldLabelIn, fieldsOf, GROUP_LABELS, type FieldSpec } from '../schemas/catalogue'
import { fieldLabel } from '../schemas/field-labels'
import type { DraftContent } from '../schemas/filing'
import { displayValue } from './describe'
import { EXPORT_COLUMNS } from './export-columns'

export interface FormLine {
  label: string
  value: string
  /** Takes a whole line of the form (long values). */
  wide: boolean
}

export interface RegistrationForm {
  subject: FormLine[]
  /** Null: the operator is the subject (individuals running their own accounts). */
  operator: FormLine[] | null
  /** The agency filing for the subject (委托代理); null when the subject files itself. */
  agency: FormLine[] | null
  accounts: { columns: string[]; rows: string[][] }
  /** Per account, every collected field the table does not show, in catalogue order. */
  details: Array<{ title: string; lines: FormLine[] }>
}

export interface FormOptions {
  /** The operator's ID number in full (the copy the unit stamps); else masked. */
  fullOperatorId?: boolean
}

type Config = Pick<JurisdictionConfig, 'platforms' | 'towns'> & Partial<Pick<JurisdictionConfig, 'fields'>>

/** The account table's columns: the export's, by key (one list of account columns). */
const ACCOUNT_COLUMNS = ['platform', 'accountName', 'accountId', 'followers', 'openedOn']

const given = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)

function lines(specs: readonly FieldSpec[], values: Record<string, unknown>, subjectType: string | undefined, config: Config, fullIds = false): FormLine[] {
  return specs
    .filter((f) => f.form && (!f.subjectTypes || !subjectType || f.subjectTypes.includes(subjectType as never)))
    .filter((f) => given(values[f.key]))
    .map((f) => ({
      label: f.form?.label ?? f.label,
      value: f.sensitive && !fullIds ? maskIdNumber(String(values[f.key])) : displayValue(f, values[f.key], config),
      wide: f.form?.wide === true
    }))
}

/** Account fields the table already shows (by key), so details print only the rest. */
const TABLE_KEYS = new Set(['kind', 'platform', 'platformName', 'accountName', 'name', 'accountId', 'followers', 'openedOn', 'domain', 'url'])

/** The agency's lines: its name on a line of its own, contact and phone side by side. */
function agencyLines(agency: Record<string, unknown> | undefined): FormLine[] | null {
  if (!agency) return null
  return (['name', 'contact', 'phone'] as const)
    .filter((k) => given(agency[k]))
    .map((k) => ({ label: fieldLabel(`agency.${k}`), value: String(agency[k]), wide: k === 'name' }))
}

export function registrationForm(content: DraftContent, config: Config, opts: FormOptions = {}): RegistrationForm {
  const subject = (content.subject ?? {}) as Record<string, unknown>
  const operator = (content.operator ?? {}) as Record<string, unknown>
  const type = typeof subject.type === 'string' ? subject.type : undefined
  const columns = EXPORT_COLUMNS.filter((c) => ACCOUNT_COLUMNS.includes(c.key))
  return {
    subject: lines(fieldsOf('subject'), subject, type, config),
    operator: operator.sameAsSubject === true ? null : lines(fieldsOf('operator'), operator, type, config, opts.fullOperatorId === true),
    agency: agencyLines(content.agency as Record<string, unknown> | undefined),
    accounts: {
      columns: columns.map((c) => c.header),
      rows: (content.accounts ?? []).map((account) =>
        columns.map((c) => {
          const v = c.value({ filing: { status: 'draft', filingNumber: null, submittedAt: null, decidedAt: null, index: { dueDate: null } as never }, content, account, full: false, revealId: () => null, time: () => '', config })
          return v === '' ? '—' : String(v)
        })
      )
    },
    details: (content.accounts ?? []).map((account, i) => {
      const values = account as Record<string, unknown>
      return {
        title: fieldLabel(`accounts.${i}`, content),
        lines: fieldsOf('account')
          .filter((f) => !TABLE_KEYS.has(f.key) && given(values[f.key]))
          .map((f) => ({ label: fieldLabelIn(f, { fields: config.fields ?? {} }), value: displayValue(f, values[f.key], config, account), wide: true }))
      }
    }).filter((d) => d.lines.length > 0)
  }
}

/** How many account rows fit a page's table, and detail lines a detail page. */
export const FORM_ACCOUNTS_PER_PAGE = 10
export const FORM_DETAIL_LINES_PER_PAGE = 28

export type FormPage =
  | { kind: 'main'; accountsFrom: number; rows: string[][] }
  | { kind: 'accounts'; accountsFrom: number; rows: string[][] }
  | { kind: 'details'; blocks: Array<{ title: string; lines: FormLine[] }> }

/**
 * The form's pages: the first holds the subject, the operator, the first accounts (ten, or as
 * many as its layout leaves room for), the commitment and the stamp; further accounts continue
 * ten a page; then every account's other
 * fields (简介, 备案号, 负责人 …), blocks kept whole where they fit. Nothing is cut off.
 */
export function formPages(form: RegistrationForm, firstPageAccounts = FORM_ACCOUNTS_PER_PAGE): FormPage[] {
  const rows = form.accounts.rows
  const first = Math.max(1, Math.min(FORM_ACCOUNTS_PER_PAGE, firstPageAccounts))
  const pages: FormPage[] = [{ kind: 'main', accountsFrom: 0, rows: rows.slice(0, first) }]
  for (let i = first; i < rows.length; i += FORM_ACCOUNTS_PER_PAGE) {
    pages.push({ kind: 'accounts', accountsFrom: i, rows: rows.slice(i, i + FORM_ACCOUNTS_PER_PAGE) })
  }
  let blocks: Array<{ title: string; lines: FormLine[] }> = []
  let used = 0
  for (const d of form.details) {
    // A block longer than a page is split; its title repeats so each part names its account.
    for (let i = 0; i < d.lines.length; i += FORM_DETAIL_LINES_PER_PAGE - 1) {
      const part = { title: d.title, lines: d.lines.slice(i, i + FORM_DETAIL_LINES_PER_PAGE - 1) }
      const cost = part.lines.length + 1
      if (used + cost > FORM_DETAIL_LINES_PER_PAGE && blocks.length > 0) {
        pages.push({ kind: 'details', blocks })
        blocks = []
        used = 0
      }
      blocks.push(part)
      used += cost
    }
  }
  if (blocks.length > 0) pages.push({ kind: 'details', blocks })
  return pages
}

/** Rows a list of lines takes when two short lines share a row and a wide one takes its own. */
export function formRowCount(lines: readonly FormLine[]): number {
  let n = 0
  let half = false
  for (const l of lines) {
    if (l.wide) { n += half ? 2 : 1; half = false } else if (half) { n += 1; half = false } else half = true
  }
  return n + (half ? 1 : 0)
}

/** Titles of the form's sections (one place, for the drawing and its tests). */
export const FORM_SECTION_TITLES = { details: `附：${GROUP_LABELS.accounts}详细信息` } as const

/**
 * Everything one copy of the form prints, as data: the catalogue's lines with their labels and
 * display values, the header (city, subject, date) and the footer (office, phone). The wizard
 * draws it live from the draft; at each submission core freezes one into the submitted version
 * (`Snapshot.form`), which an approval carries into the approved version, so what staff print
 * later is what was filed — a later change of the city's labels, platforms or office details
 * cannot alter it. (The commitment's wording is versioned by `commitment.textVersion`.)
 */
export interface FormSheet {
  form: RegistrationForm
  cityName: string
  subjectName: string
  /** An organisation stamps its copy; an individual signs. */
  org: boolean
  /** An individual running their own accounts: the operator block prints them as 本人. */
  self: { name: string; phone: string } | null
  /** The local date printed as 填表日期 ('YYYY-MM-DD'). */
  date: string
  officeName: string
  officePhone: string
  /** When core froze it (ISO instant); absent on a live copy. */
  frozenAt?: string
}

const FormLineSchema = z.object({ label: z.string(), value: z.string(), wide: z.boolean() })
/** The wire shape of a sheet (staff get); a frozen sheet is data, parsed like any other answer. */
export const FormSheetSchema = z.object({
  form: z.object({
    subject: z.array(FormLineSchema),
    operator: z.array(FormLineSchema).nullable(),
    // Sheets frozen before agency filings existed carry none.
    agency: z.array(FormLineSchema).nullable().default(null),
    accounts: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
    details: z.array(z.object({ title: z.string(), lines: z.array(FormLineSchema) }))
  }),
  cityName: z.string(),
  subjectName: z.string(),
  org: z.boolean(),
  self: z.object({ name: z.string(), phone: z.string() }).nullable(),
  date: z.string(),
  officeName: z.string(),
  officePhone: z.string(),
  frozenAt: z.string().optional()
})

type SheetConfig = Config & Pick<JurisdictionConfig, 'cityName' | 'timezone' | 'office'>

export function formSheet(content: DraftContent, config: SheetConfig, now: Date, opts: FormOptions = {}): FormSheet {
  const s = content.subject ?? {}
  const self = content.operator?.sameAsSubject === true
  return {
    form: registrationForm(content, config, opts),
    cityName: config.cityName,
    subjectName: s.name ?? '',
    org: s.type !== 'individual',
    self: self ? { name: s.name ?? '', phone: s.phone ?? '' } : null,
    date: localDate(now, config.timezone),
    officeName: config.office.name,
    officePhone: config.office.phone
  }
}

/**
 * The copy kept with a submitted version: drawn from the stored (masked) content, so no ID
 * number is at rest in it in full; the operator's full number is on the stamped copy the unit
 * photographed.
 */
export function frozenSheet(storedContent: DraftContent, config: SheetConfig, at: string): FormSheet {
  return { ...formSheet(storedContent, config, new Date(at)), frozenAt: at }
}
