/**
 * Reading and writing .xlsx in the backend; exceljs is loaded only when a file is read or written,
 * like the export writer (backend/services/export-xlsx.ts), so no function's cold start pays.
 * One reader for every upload (legacy register, bulk accounts), bounded by its caller: the file's
 * size, what its zip directory says it expands to (bombs are refused before anything is inflated),
 * rows and columns.
 *
 * The zip is read here, from its directory: only the workbook's own parts and the one sheet wanted
 * are inflated, as streams, and their text is decoded across chunk boundaries; exceljs parses each
 * part. Its streaming reader is not used whole: unzipper's Parse says 'end' when it reaches the end
 * record even while entries still wait for a busy reader, so a good file was sometimes unreadable,
 * and it decoded each chunk on its own, splitting Chinese characters (test/backend/xlsx-read.test.ts).
 * A 10,000-row register is still read in bounded memory: the sheet is inflated and parsed as it streams.
 */
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { createInflateRaw } from 'node:zlib'
import type ExcelJSModule from 'exceljs'
import { errors } from '../errors'

export type XlsxCell = string | number | boolean | null

export interface XlsxSheet {
  header: XlsxCell[]
  rows: XlsxCell[][]
}

export interface SheetBounds {
  /** The input field the file came in, named in the answer when it is refused. */
  field: string
  /** Largest file accepted. */
  maxBytes: number
  /** Largest total the zip directory may declare for its entries. */
  maxUnzippedBytes: number
  /** Rows of the sheet, header included. */
  maxRows: number
  maxCols: number
  /** The sheet to read (a template's data sheet); the workbook's first sheet when absent or not found. */
  sheetName?: string
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const UNREADABLE = '无法读取该文件，请确认是 .xlsx 格式的表格（可在 Excel 或 WPS 中“另存为 .xlsx”）'
const TOO_BIG_UNZIPPED = '表格解压后过大，请删除多余内容或分批导入'

class SpreadsheetError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell as text, number or yes/no; dates as 'YYYY-MM-DD' (spreadsheet dates carry no zone: read as UTC). */
function plain(v: unknown): XlsxCell {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: unknown }
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('')
    if ('result' in o) return plain(o.result)
    if (typeof o.text === 'string') return o.text
    if (o.error !== undefined) return null
  }
  return null
}

/** The cell as the person typed it, as text ('' when empty). */
export const cellText = (c: XlsxCell | undefined): string => (c === null || c === undefined ? '' : String(c))

/** One entry of the zip's central directory: where its data starts and what it says about itself. */
interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else is not an .xlsx. */
  method: number
  compressedSize: number
  size: number
  dataAt: number
}

/** The zip's entries, from its end record and central directory; nothing is inflated. */
function zipDirectory(buf: Buffer): ZipEntry[] {
  const min = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new SpreadsheetError(UNREADABLE)
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new SpreadsheetError(UNREADABLE)
    const compressedSize = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const local = buf.readUInt32LE(at + 42)
    // 0xFFFFFFFF: the real value is in a ZIP64 field; no upload within our bounds needs one.
    if ([compressedSize, size, local].includes(0xffffffff)) throw new SpreadsheetError('表格文件过大，请分批导入')
    const nameLength = buf.readUInt16LE(at + 28)
    const name = buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength))
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new SpreadsheetError(UNREADABLE)
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    if (dataAt + compressedSize > buf.length) throw new SpreadsheetError(UNREADABLE)
    entries.push({ name, method: buf.readUInt16LE(at + 10), compressedSize, size, dataAt })
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return entries
}

const CHUNK = 64 * 1024

/**
 * An entry's text as it inflates, in chunks decoded across their boundaries (a character split
 * between two chunks stays whole); never more than the directory declared (a bomb that lies stops).
 */
async function* entryText(buf: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = buf.subarray(entry.dataAt, entry.dataAt + entry.compressedSize)
  let chunks: AsyncIterable<Buffer>
  if (entry.method === 0) chunks = Readable.from(Array.from({ length: Math.ceil(data.length / CHUNK) }, (_, i) => data.subarray(i * CHUNK, (i + 1) * CHUNK)))
  else if (entry.method === 8) chunks = Readable.from([data]).pipe(createInflateRaw({ chunkSize: CHUNK }))
  else throw new SpreadsheetError(UNREADABLE)
  const decoder = new TextDecoder('utf-8')
  let inflated = 0
  for await (const chunk of chunks) {
    inflated += chunk.length
    if (inflated > entry.size) throw new SpreadsheetError(TOO_BIG_UNZIPPED)
    yield decoder.decode(chunk, { stream: true })
  }
  const rest = decoder.decode()
  if (rest) yield rest
}

/**
 * The part parsers of exceljs's streaming WorkbookReader (each takes a stream of one part's text;
 * pinned exceljs 4.4.0, and test/backend/xlsx-read.test.ts reads through all of them).
 */
interface PartParsers {
  _parseRels(part: Readable): Promise<void>
  _parseWorkbook(part: Readable): Promise<void>
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>
  _parseStyles(part: Readable): Promise<void>
  _parseWorksheet(part: AsyncIterable<string>, sheetNo: string): Iterable<{ value: AsyncIterable<{ number: number; values: unknown }> }>
  workbookRels?: Array<{ Id: string; Target: string }>
  model?: { sheets?: Array<{ name: string; rId: string }> }
}

/** The rows of one sheet of the workbook, as its cells' values. */
async function readRows(buf: Buffer, entries: ZipEntry[], bounds: SheetBounds): Promise<XlsxCell[][]> {
  const entry = (name: string) => entries.find((e) => e.name === name)
  const part = (name: string) => {
    const e = entry(name)
    return e ? Readable.from(entryText(buf, e)) : null
  }
  const ExcelJS = require('exceljs') as typeof ExcelJSModule
  const book = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' }) as unknown as PartParsers
  const rels = part('xl/_rels/workbook.xml.rels')
  const workbook = part('xl/workbook.xml')
  if (!rels || !workbook) throw new SpreadsheetError(UNREADABLE)
  await book._parseRels(rels)
  await book._parseWorkbook(workbook)
  const strings = part('xl/sharedStrings.xml')
  if (strings) for await (const _ of book._parseSharedStrings(strings)) void _
  const styles = part('xl/styles.xml')
  if (styles) await book._parseStyles(styles)

  const sheets = book.model?.sheets ?? []
  const sheet = sheets.find((s) => s.name === bounds.sheetName) ?? sheets[0]
  if (!sheet) throw new SpreadsheetError('表格中没有工作表，请使用下载的模板')
  // A relationship's target is relative to xl/ unless it starts at the root.
  const target = book.workbookRels?.find((r) => r.Id === sheet.rId)?.Target ?? ''
  const sheetEntry = entry(target.startsWith('/') ? target.slice(1) : posix.join('xl', target))
  if (!sheetEntry) throw new SpreadsheetError(UNREADABLE)
  const [worksheet] = [...book._parseWorksheet(entryText(buf, sheetEntry), sheet.rId)]
  const out: XlsxCell[][] = []
  for await (const row of worksheet.value) {
    if (row.number > bounds.maxRows) throw new SpreadsheetError(`表格行数过多（最多${bounds.maxRows - 1}行数据），请分批导入`)
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : []
    // Rows the file leaves out (blank) keep their place, so row numbers in the report are the sheet's.
    while (out.length < row.number - 1) out.push([])
    // Array.from, not map: exceljs leaves holes for empty cells, and a hole must read as empty.
    out.push(Array.from(values.slice(1, bounds.maxCols + 1), plain))
  }
  return out
}

/**
 * One sheet of an uploaded workbook within `bounds`; whatever cannot be read is answered in
 * Chinese on `bounds.field`, and nothing is inflated before the zip directory has been checked.
 */
export async function readXlsxSheet(bytes: Buffer, bounds: SheetBounds): Promise<XlsxSheet> {
  const refuse = (message: string) => errors.invalid(message, { [bounds.field]: message })
  const read = async <T>(step: () => Promise<T> | T): Promise<T> => {
    try {
      return await step()
    } catch (e) {
      throw refuse(e instanceof SpreadsheetError ? e.message : UNREADABLE)
    }
  }
  if (bytes.length > bounds.maxBytes) throw refuse(`文件过大（超过 ${Math.round(bounds.maxBytes / 1024 / 1024)} MB），请分成几个文件导入`)
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw refuse(UNREADABLE)
  const entries = await read(() => zipDirectory(bytes))
  if (entries.reduce((sum, e) => sum + e.size, 0) > bounds.maxUnzippedBytes) throw refuse(TOO_BIG_UNZIPPED)
  const chosen = await read(() => readRows(bytes, entries, bounds))
  const width = chosen.reduce((w, r) => Math.max(w, r.length), 0)
  const padded = chosen.map((r) => (r.length < width ? [...r, ...Array<XlsxCell>(width - r.length).fill(null)] : r))
  const [header = [], ...rows] = padded
  return { header, rows }
}

/** A workbook of one sheet with `header` (and `rows`) plus a notes sheet; every column formatted as text, so ID numbers stay whole. */
export async function writeXlsxSheet(sheet: string, header: string[], rows: XlsxCell[][], notes?: { title: string; lines: Array<[string, string]> }): Promise<Buffer> {
  const ExcelJS = require('exceljs') as typeof ExcelJSModule
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length * 2 + 2), style: { numFmt: '@' } }))
  ws.getRow(1).font = { bold: true }
  for (const r of rows) ws.addRow(r)
  if (notes) {
    const n = wb.addWorksheet(notes.title)
    n.columns = [{ header: '列名', width: 24 }, { header: '填写说明', width: 60 }]
    for (const line of notes.lines) n.addRow(line)
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A workbook written in memory (small files only: templates). */
export async function writeWorkbook(build: (wb: ExcelJSModule.Workbook) => void): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
