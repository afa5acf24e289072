/**
 * The office's old register as a spreadsheet: the template's columns come from the field
 * catalogue (so a city that renames or hides a field gets a template that follows), one row per
 * account, rows sharing an old filing number forming one filing. Every row is read into draft
 * content and checked with the same step validation as the wizard; every problem is named by its
 * row and column in Chinese. Files are small enough to check entirely before anything is written.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { parseFilingNumber } from '../filing-number'
import { isIsoDate, localDate } from '../local-time'
import { FIELD_CATALOGUE, fieldLabelIn, type FieldSpec } from '../schemas/catalogue'
import { validateStep, type DraftContent } from '../schemas/filing'
import { SUBJECT_TYPE_LABELS } from '../schemas/subject'
import { ACCOUNT_KIND_LABELS } from '../schemas/account'

export const LEGACY_NUMBER_HEADER = '原备案号'
export const LEGACY_DATE_HEADER = '原备案日期'
/** Rows of one import (a city's whole register fits; a larger one is split into files). */
export const LEGACY_MAX_ROWS = 20_000
export const LEGACY_NUMBER_MAX = 40
/** Largest spreadsheet accepted (a zip expands a lot: checked before it is opened). */
export const LEGACY_MAX_BYTES = 10 * 1024 * 1024
/**
 * Most its zip directory may say it expands to: 20,000 rows of the template's columns come to
 * tens of MB of sheet XML; a zip bomb declares far more and is refused before it is inflated.
 */
export const LEGACY_MAX_UNZIPPED_BYTES = 160 * 1024 * 1024

/*
 * How a confirmed import writes, sized for CloudBase (see backend/README.md, "Legacy import"):
 * every document read or write there is a network round trip of ~10–30 ms, a transaction
 * (runTransaction) must finish within 30 s, and a call of the staff function within its 60 s
 * timeout (scripts/deploy/manifest.ts). A new filing costs about 5 transactional operations
 * (existence check, the filing, per account a claim read and write, the audit entry), up to ~10
 * for a filing of several accounts.
 * - A unit of LEGACY_UNIT_FILINGS = 25 filings: 125–250 operations ≈ 1.5–7.5 s at 10–30 ms,
 *   under the 30 s transaction limit even when runTransaction retries on a conflict.
 * - A call of LEGACY_CALL_FILINGS = 200 filings (8 units): 1,000–2,000 operations ≈ 10–30 s
 *   (about 20 s at a typical 20 ms), leaving the rest of the 60 s for reading and checking
 *   the whole file (batched reads: a 10,000-row register is ~300 queries of 100 ids).
 * The screen repeats the confirmed call while the answer says `remaining` > 0.
 */
/** Most filings written in one unit of work (one CloudBase transaction). */
export const LEGACY_UNIT_FILINGS = 25
/** Most filings written by one confirmed call (the screen calls again for the rest). */
export const LEGACY_CALL_FILINGS = 200
/**
 * How long a confirmed call may go on starting units, from its start: past this it stops and the
 * screen calls again. The sizes above assume a typical database; this keeps a slow one (or a slow
 * check of a large file) inside the 60 s call too: the last unit started ends by 40 + 7.5 s. A
 * call always writes one unit, so an import moves on however slow the database.
 */
export const LEGACY_CALL_WRITE_MS = 40_000

export interface LegacyColumn {
  header: string
  /** Catalogue path ('subject.name', 'accounts.*.platform'), or the two legacy columns. */
  path: string
  spec?: FieldSpec
  /** Why the column is there, for the template's notes row. */
  note: string
}

const ACCOUNT_PREFIX = '账号·'

function headerOf(spec: FieldSpec, config: JurisdictionConfig): string {
  const label = fieldLabelIn(spec, config)
  return spec.group === 'account' && !label.startsWith('账号') ? `${ACCOUNT_PREFIX}${label}` : label
}

function noteOf(spec: FieldSpec): string {
  if (spec.display === 'flag') return '填“是”或“否”'
  if (spec.display === 'list') return '多项用顿号或逗号分隔'
  if (spec.display === 'count') return '填数字'
  if (spec.display === 'subjectType') return Object.values(SUBJECT_TYPE_LABELS).join('/')
  if (spec.display === 'accountKind') return Object.values(ACCOUNT_KIND_LABELS).join('/')
  if (spec.display === 'platform') return '平台名称，如 抖音'
  if (spec.display === 'town') return '镇街名称'
  if (spec.options?.length) return spec.options.map((o) => o.label).join('/')
  if (spec.key === 'openedOn' || spec.key === 'idValidUntil') return '日期，如 2023-05-01'
  return spec.help ?? ''
}

/** The template's columns for this city, in form order: the old number and date, then every catalogue field the city does not hide. */
export function legacyColumns(config: JurisdictionConfig): LegacyColumn[] {
  const fields = FIELD_CATALOGUE.filter((f) => f.group !== 'commitment' && !(f.configurable && config.fields[f.path]?.presence === 'hidden'))
  return [
    { header: LEGACY_NUMBER_HEADER, path: 'legacyNumber', note: '必填；同一备案号的多行为同一备案的多个账号' },
    { header: LEGACY_DATE_HEADER, path: 'legacyFiledOn', note: '日期，如 2023-12-25' },
    ...fields.map((spec) => ({ header: headerOf(spec, config), path: spec.path, spec, note: noteOf(spec) }))
  ]
}

export type Cell = string | number | boolean | null

export interface LegacyProblem {
  /** Spreadsheet row number (the header is row 1). */
  row: number
  /** Column header, or '' for a problem of the whole row. */
  column: string
  message: string
}

export interface LegacyFiling {
  legacyNumber: string
  legacyFiledOn: string | null
  /** Spreadsheet rows of its accounts, in order. */
  rows: number[]
  content: DraftContent
  /** The cells of its rows as read, for the import's idempotency hash. */
  cells: Cell[][]
}

export interface LegacyReading {
  filings: LegacyFiling[]
  problems: LegacyProblem[]
  rowCount: number
}

const isBlank = (v: Cell | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
const textOf = (v: Cell) => (typeof v === 'string' ? v.trim() : String(v))

const YES = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1'])
const NO = new Set(['否', '无', 'N', 'NO', 'FALSE', '0'])

/** A cell as the schema's value; an unreadable cell is a problem named in the reading. */
function valueOf(spec: FieldSpec, v: Cell, config: JurisdictionConfig): { value: unknown } | { problem: string } {
  const t = textOf(v)
  const label = fieldLabelIn(spec, config)
  const pick = (pairs: Array<[string, string]>, what: string) => {
    const hit = pairs.find(([code, name]) => code === t || name === t)
    return hit ? { value: hit[0] } : { problem: `无法识别的${what}“${t}”，请填写：${pairs.map(([, n]) => n).join('、')}` }
  }
  switch (spec.display) {
    case 'subjectType':
      return pick(Object.entries(SUBJECT_TYPE_LABELS), label)
    case 'accountKind':
      return pick(Object.entries(ACCOUNT_KIND_LABELS), label)
    case 'platform':
      return pick(config.platforms.map((p) => [p.code, p.name]), label)
    case 'town':
      return pick(config.towns.map((tw) => [tw.code, tw.name]), label)
    case 'flag':
      if (typeof v === 'boolean') return { value: v }
      if (YES.has(t.toUpperCase())) return { value: true }
      if (NO.has(t.toUpperCase())) return { value: false }
      return { problem: `${label}请填写“是”或“否”` }
    case 'count': {
      const n = typeof v === 'number' ? v : Number(t.replace(/[,，\s]/g, ''))
      return Number.isFinite(n) ? { value: n } : { problem: `${label}请填写数字` }
    }
    case 'list':
      return { value: t.split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean) }
    default:
      if (spec.options?.length) return pick(spec.options.map((o) => [o.value, o.label]), label)
      if (spec.input === 'number') {
        const n = typeof v === 'number' ? v : Number(t)
        return Number.isFinite(n) ? { value: n } : { problem: `${label}请填写数字` }
      }
      return { value: t }
  }
}

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  target[key] = value
}

/**
 * Reads the sheet (header row + data rows, as cells) into filings, with every problem named by
 * row and column. Core validation runs on each filing's subject and accounts exactly as the wizard's.
 */
export function readLegacyRows(header: Cell[], rows: Cell[][], config: JurisdictionConfig, now: Date): LegacyReading {
  const columns = legacyColumns(config)
  const byHeader = new Map(columns.map((c) => [c.header, c]))
  const problems: LegacyProblem[] = []
  const at: Array<LegacyColumn | null> = header.map((h) => {
    if (isBlank(h)) return null
    const col = byHeader.get(textOf(h as Cell))
    if (!col) problems.push({ row: 1, column: textOf(h as Cell), message: `无法识别的列“${textOf(h as Cell)}”，请使用下载的模板，不要改动列名` })
    return col ?? null
  })
  if (!at.some((c) => c?.path === 'legacyNumber')) problems.push({ row: 1, column: LEGACY_NUMBER_HEADER, message: `缺少“${LEGACY_NUMBER_HEADER}”列，请使用下载的模板` })
  if (rows.length > LEGACY_MAX_ROWS) problems.push({ row: 1, column: '', message: `一次最多导入${LEGACY_MAX_ROWS}行，请分成几个文件导入` })
  if (problems.length) return { filings: [], problems, rowCount: rows.length }

  const today = localDate(now, config.timezone)
  const groups = new Map<string, LegacyFiling>()
  // Which column each content path came from, per filing: validation's paths are named back by row and column.
  const where = new Map<LegacyFiling, Map<string, { row: number; column: string }>>()
  rows.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => isBlank(c))) return
    const subject: Record<string, unknown> = {}
    const operator: Record<string, unknown> = {}
    const account: Record<string, unknown> = { id: `legacy-row-${row}` }
    const origin = new Map<string, { row: number; column: string }>()
    let number = ''
    const read: { filedOn: string | null } = { filedOn: null }
    at.forEach((col, c) => {
      const v = cells[c] ?? null
      if (!col || isBlank(v)) return
      if (col.path === 'legacyNumber') {
        number = textOf(v).replace(/\s+/g, '')
        return
      }
      if (col.path === 'legacyFiledOn') {
        read.filedOn = textOf(v)
        return
      }
      const spec = col.spec as FieldSpec
      const cell = valueOf(spec, v, config)
      if ('problem' in cell) return problems.push({ row, column: col.header, message: cell.problem })
      const target = spec.group === 'subject' ? subject : spec.group === 'operator' ? operator : account
      put(target, spec.key, cell.value)
      origin.set(spec.group === 'account' ? `account.${spec.key}` : spec.path, { row, column: col.header })
    })
    if (!number) return problems.push({ row, column: LEGACY_NUMBER_HEADER, message: `请填写${LEGACY_NUMBER_HEADER}` })
    if (number.length > LEGACY_NUMBER_MAX) return problems.push({ row, column: LEGACY_NUMBER_HEADER, message: `${LEGACY_NUMBER_HEADER}过长（最多${LEGACY_NUMBER_MAX}个字符）` })
    // Numbers the system issues must stay the system's: an old number in the same format could collide with one issued later.
    if (parseFilingNumber(number, config)) return problems.push({ row, column: LEGACY_NUMBER_HEADER, message: `原备案号“${number}”与本系统签发的备案号格式相同，可能与今后签发的号码冲突，请核对或联系管理员调整` })
    const filedOn = read.filedOn
    if (filedOn !== null && (!isIsoDate(filedOn) || filedOn > today)) problems.push({ row, column: LEGACY_DATE_HEADER, message: `${LEGACY_DATE_HEADER}应为不晚于今天的日期，如 2023-12-25` })
    let g = groups.get(number)
    if (!g) {
      if (subject.type === 'individual' && operator.sameAsSubject === undefined) operator.sameAsSubject = true
      if (operator.sameAsSubject === undefined) operator.sameAsSubject = false
      g = { legacyNumber: number, legacyFiledOn: filedOn, rows: [], content: { subject, operator, accounts: [] } as unknown as DraftContent, cells: [] }
      groups.set(number, g)
      where.set(g, new Map())
    }
    const map = where.get(g) as Map<string, { row: number; column: string }>
    // The subject is the first row's; later rows of the same number only add accounts.
    if (g.rows.length === 0) for (const [k, v] of origin) if (!k.startsWith('account.')) map.set(k, v)
    const index = g.rows.length
    for (const [k, v] of origin) if (k.startsWith('account.')) map.set(`accounts.${index}.${k.slice('account.'.length)}`, v)
    map.set(`accounts.${index}`, { row, column: '' })
    g.rows.push(row)
    g.cells.push(cells)
    ;(g.content.accounts as unknown[]).push(account)
  })

  const filings = [...groups.values()]
  // A cell already refused is left out of the content: validation would call it missing as well.
  const named = new Set(problems.map((p) => `${p.row}|${p.column}`))
  for (const g of filings) {
    const map = where.get(g) as Map<string, { row: number; column: string }>
    const errors = { ...validateStep('subject', g.content, config, now), ...validateStep('accounts', g.content, config, now) }
    for (const [path, message] of Object.entries(errors)) {
      const p = locate(path, message, g, map, config)
      if (!named.has(`${p.row}|${p.column}`)) problems.push(p)
    }
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column))
  return { filings, problems, rowCount: rows.length }
}

/** The row and column a validation path points at (a missing field: its column on the filing's first row or the account's row). */
function locate(path: string, message: string, g: LegacyFiling, map: Map<string, { row: number; column: string }>, config: JurisdictionConfig): LegacyProblem {
  const hit = map.get(path)
  if (hit) return { ...hit, message }
  const account = /^accounts\.(\d+)(?:\.(\w+))?/.exec(path)
  const row = account ? g.rows[Number(account[1])] ?? g.rows[0] : g.rows[0]
  const catalogPath = account ? `accounts.*.${account[2] ?? ''}` : path
  const spec = FIELD_CATALOGUE.find((f) => f.path === catalogPath)
  return { row, column: spec ? headerOf(spec, config) : '', message }
}

/** One line per problem for people: 第12行「账号·平台」：… */
export function legacyProblemText(p: LegacyProblem): string {
  return p.column ? `第${p.row}行“${p.column}”：${p.message}` : `第${p.row}行：${p.message}`
}
