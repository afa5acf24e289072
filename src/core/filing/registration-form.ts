/**
 * The lines of the generated 登记备案表, from the field catalogue: which fields the form
 * prints (and under which short label), in form order, with display values; ID numbers are
 * printed masked (the office already holds them, and the image may sit in a photo album).
 * The drawing itself (layout, fonts) is the wizard's.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { maskIdNumber } from '../mask'
import { fieldsOf, type FieldSpec } from '../schemas/catalogue'
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
  accounts: { columns: string[]; rows: string[][] }
}

type Config = Pick<JurisdictionConfig, 'platforms' | 'towns'>

/** The account table's columns: the export's, by key (one list of account columns). */
const ACCOUNT_COLUMNS = ['platform', 'accountName', 'accountId', 'followers', 'openedOn']

function lines(specs: readonly FieldSpec[], values: Record<string, unknown>, subjectType: string | undefined, config: Config): FormLine[] {
  return specs
    .filter((f) => f.form && (!f.subjectTypes || !subjectType || f.subjectTypes.includes(subjectType as never)))
    .filter((f) => values[f.key] !== undefined && values[f.key] !== '')
    .map((f) => ({
      label: f.form?.label ?? f.label,
      value: f.sensitive ? maskIdNumber(String(values[f.key])) : displayValue(f, values[f.key], config),
      wide: f.form?.wide === true
    }))
}

export function registrationForm(content: DraftContent, config: Config): RegistrationForm {
  const subject = (content.subject ?? {}) as Record<string, unknown>
  const operator = (content.operator ?? {}) as Record<string, unknown>
  const type = typeof subject.type === 'string' ? subject.type : undefined
  const columns = EXPORT_COLUMNS.filter((c) => ACCOUNT_COLUMNS.includes(c.key))
  return {
    subject: lines(fieldsOf('subject'), subject, type, config),
    operator: operator.sameAsSubject === true ? null : lines(fieldsOf('operator'), operator, type, config),
    accounts: {
      columns: columns.map((c) => c.header),
      rows: (content.accounts ?? []).map((account) =>
        columns.map((c) => {
          const v = c.value({ filing: { status: 'draft', filingNumber: null, submittedAt: null, decidedAt: null, index: { dueDate: null } as never }, content, account, full: false, revealId: () => null, time: () => '', config })
          return v === '' ? '—' : String(v)
        })
      )
    }
  }
}
