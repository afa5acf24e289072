/**
 * Adding many accounts from a spreadsheet (issue 12 §7): the template's columns come from the field
 * catalogue (what this city asks of accounts, with its labels), each row becomes an account and the
 * whole list is checked by the wizard's own accounts step (`validateStep`), so a row is judged by
 * exactly the rules a typed-in account meets. The result is all or nothing: every bad row and field
 * is named, in Chinese, and no account is added while any is wrong.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { ACCOUNT_KIND_LABELS, MAX_ACCOUNTS, type AccountKind } from '../schemas/account'
import { fieldHelp, fieldLabelIn, fieldPresence, fieldsOf, optionLabel, type FieldSpec } from '../schemas/catalogue'
import { validateStep, type DraftContent } from '../schemas/filing'

type DraftAccount = NonNullable<DraftContent['accounts']>[number]

/** At most this many data rows are read from one file (a filing holds MAX_ACCOUNTS). */
export const BULK_MAX_ROWS = MAX_ACCOUNTS
/** The sheet the template names and the reader reads first. */
export const BULK_SHEET = '账号'
/** The header row; data starts on the next row, numbered as the spreadsheet numbers it. */
export const BULK_HEADER_ROW = 1

const KINDS = Object.keys(ACCOUNT_KIND_LABELS) as AccountKind[]

export interface BulkColumn {
  key: string
  header: string
  /** For the template's 填写说明 sheet: which kinds it belongs to, required where, allowed values. */
  note: string
}

/** Columns of the template: 类型 first, then each account field this city asks of some kind. */
export function bulkColumns(config: JurisdictionConfig): BulkColumn[] {
  const specs = fieldsOf('account').filter((f) => f.key !== 'kind' && KINDS.some((k) => fieldPresence(f, undefined, config, k) !== 'hidden'))
  const kindSpec = fieldsOf('account').find((f) => f.key === 'kind')
  return [
    { key: 'kind', header: kindSpec ? fieldLabelIn(kindSpec, config) : '类型', note: `必填：${Object.values(ACCOUNT_KIND_LABELS).join('、')}` },
    ...specs.map((f) => ({ key: f.key, header: fieldLabelIn(f, config), note: columnNote(f, config) }))
  ]
}

function columnNote(f: FieldSpec, config: JurisdictionConfig): string {
  const kinds = KINDS.filter((k) => fieldPresence(f, undefined, config, k) !== 'hidden')
  const required = kinds.filter((k) => fieldPresence(f, undefined, config, k) === 'required')
  const parts = [`适用：${kinds.map((k) => ACCOUNT_KIND_LABELS[k]).join('、')}`]
  if (required.length) parts.push(`${required.map((k) => ACCOUNT_KIND_LABELS[k]).join('、')}必填`)
  if (f.key === 'platform') parts.push(`可填：${config.platforms.map((p) => p.name).join('、')}`)
  else if (f.options) parts.push(`可填：${f.options.map((o) => o.label).join('、')}`)
  if (f.display === 'flag') parts.push('填“是”或“否”')
  if (f.display === 'list') parts.push('多项用顿号或逗号分隔')
  if (f.key === 'openedOn') parts.push('日期，如 2024-03-01')
  const help = fieldHelp(f, config)
  if (help) parts.push(help)
  return parts.join('；')
}

export interface BulkProblem {
  /** The spreadsheet's row number (null: the file as a whole). */
  row: number | null
  /** The column's header as the template names it (null: the row as a whole). */
  column: string | null
  message: string
}

export const bulkProblemText = (p: BulkProblem): string =>
  `${p.row === null ? '' : `第${p.row}行`}${p.column ? `「${p.column}」` : ''}${p.row === null && !p.column ? '' : '：'}${p.message}`

export type BulkResult = { ok: true; accounts: DraftAccount[] } | { ok: false; problems: BulkProblem[] }

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === ''

/** '2024/3/1', '2024.3.1', '2024年3月1日' → '2024-03-01'; anything else as typed (the schema names it). */
function dateCell(v: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v.trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : v.trim()
}

/** '12,000', '1.2万' → a number; anything else stays text (the schema names it). */
function countCell(v: string): number | string {
  const t = v.replace(/[,，\s]/g, '')
  const wan = /^(\d+(?:\.\d+)?)万$/.exec(t)
  if (wan) return Math.round(Number(wan[1]) * 10_000)
  return /^\d+$/.test(t) ? Number(t) : v.trim()
}

const YES = new Set(['是', '有', 'Y', 'y', 'yes', 'true', '1'])
const NO = new Set(['否', '无', '没有', 'N', 'n', 'no', 'false', '0'])

function cellValue(f: FieldSpec, v: string, config: JurisdictionConfig): unknown {
  const t = v.trim()
  if (f.key === 'platform') return config.platforms.find((p) => p.name === t || p.code === t)?.code ?? t
  if (f.key === 'openedOn') return dateCell(t)
  if (f.display === 'count') return countCell(t)
  if (f.display === 'flag') return YES.has(t) ? true : NO.has(t) ? false : t
  if (f.display === 'list') return t.split(/[、,，;；\s]+/).filter(Boolean)
  if (f.options && f.display === 'option') return f.options.find((o) => o.label === t || o.value === t)?.value ?? t
  return t
}

/** The accounts step counts accounts of the filing; a sheet's reader thinks in its rows. */
function inSheetTerms(message: string, held: number, data: ReadonlyArray<{ row: number }>): string {
  return message.replace(/与第(\d+)个账号重复，请删除其中一个/, (all, n: string) => {
    const k = Number(n) - 1 - held
    return k >= 0 ? `与第${data[k].row}行的账号重复，请删除其中一行` : `与备案中已有的第${n}个账号重复，请删除这一行`
  })
}

/**
 * The accounts of a sheet (`rows[0]` is the header row), appended to `existing` for the check.
 * `newId` gives each new account its id (the wizard's accounts carry one).
 */
export function parseBulkAccounts(rows: readonly (readonly string[])[], existing: DraftContent, config: JurisdictionConfig, now: Date, newId: (i: number) => string): BulkResult {
  const columns = bulkColumns(config)
  const header = (rows[0] ?? []).map((h) => h.trim())
  const problems: BulkProblem[] = []
  const at = new Map<number, BulkColumn>()
  header.forEach((h, i) => {
    if (h === '') return
    const col = columns.find((c) => c.header === h)
    if (col) at.set(i, col)
    else problems.push({ row: BULK_HEADER_ROW, column: h, message: '模板中没有这一列，请使用下载的模板，不要改动表头' })
  })
  if (![...at.values()].some((c) => c.key === 'kind')) problems.push({ row: BULK_HEADER_ROW, column: columns[0].header, message: '缺少“类型”列，请使用下载的模板' })
  const data = rows.slice(1).map((r, i) => ({ row: i + BULK_HEADER_ROW + 1, cells: r })).filter((r) => r.cells.some((c) => !blank(c)))
  if (!data.length) problems.push({ row: null, column: null, message: '表格中没有账号，请在模板第2行起逐行填写' })
  const held = existing.accounts?.length ?? 0
  if (held + data.length > MAX_ACCOUNTS) {
    problems.push({ row: null, column: null, message: `一份备案最多${MAX_ACCOUNTS}个账号，本备案已有${held}个，本次最多再导入${MAX_ACCOUNTS - held}个` })
  }
  if (problems.length) return { ok: false, problems }

  const specs = new Map(fieldsOf('account').map((f) => [f.key, f]))
  const kindByLabel = new Map(KINDS.map((k) => [ACCOUNT_KIND_LABELS[k], k]))
  const accounts = data.map((r, i) => {
    const a: Record<string, unknown> = { id: newId(i) }
    for (const [idx, col] of at) {
      const v = r.cells[idx]
      if (blank(v)) continue
      if (col.key === 'kind') a.kind = kindByLabel.get(v.trim()) ?? v.trim()
      else a[col.key] = cellValue(specs.get(col.key)!, v, config)
    }
    return a as DraftAccount
  })
  const errors = validateStep('accounts', { ...existing, accounts: [...(existing.accounts ?? []), ...accounts] }, config, now)
  const headerOf = (key: string) => columns.find((c) => c.key === key)?.header ?? null
  for (const [path, message] of Object.entries(errors)) {
    const m = /^accounts\.(\d+)(?:\.([A-Za-z]+))?/.exec(path)
    if (!m) {
      problems.push({ row: null, column: null, message })
      continue
    }
    const i = Number(m[1]) - held
    // An account already in the draft is the wizard's to fix; the file answers for its own rows.
    if (i < 0) continue
    problems.push({ row: data[i].row, column: m[2] ? headerOf(m[2]) : null, message: inSheetTerms(message, held, data) })
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return problems.length ? { ok: false, problems } : { ok: true, accounts }
}

/** How an account's value reads in a cell (for a template row written back, and tests). */
export function bulkCell(f: FieldSpec, value: unknown, config: JurisdictionConfig): string {
  if (value === undefined || value === null) return ''
  if (f.key === 'kind') return ACCOUNT_KIND_LABELS[value as AccountKind] ?? String(value)
  if (f.key === 'platform') return config.platforms.find((p) => p.code === value)?.name ?? String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.join('、')
  return optionLabel(f, value) ?? String(value)
}
