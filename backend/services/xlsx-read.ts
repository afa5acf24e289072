/**
 * Reading and writing .xlsx in the backend; exceljs is loaded only when a file is read or written,
 * like the export writer (backend/services/export-xlsx.ts), so no function's cold start pays.
 * One reader for every upload (legacy register, bulk accounts), bounded by its caller: the file's
 * size, what its zip directory says it expands to (bombs are refused before anything is inflated),
 * rows and columns. It streams one sheet, so a 10,000-row register is read in bounded memory.
 */
import { Readable } from 'node:stream'
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
  /** The sheet to read (a template's data sheet); the first sheet when absent or not found. */
  sheetName?: string
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const UNREADABLE = '无法读取该文件，请确认是 .xlsx 格式的表格（可在 Excel 或 WPS 中“另存为 .xlsx”）'

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

/**
 * One sheet of an uploaded workbook within `bounds`; whatever cannot be read is answered in
 * Chinese on `bounds.field`, and nothing is inflated before the zip directory has been checked.
 */
export async function readXlsxSheet(bytes: Buffer, bounds: SheetBounds): Promise<XlsxSheet> {
  const refuse = (message: string) => errors.invalid(message, { [bounds.field]: message })
  if (bytes.length > bounds.maxBytes) throw refuse(`文件过大（超过 ${Math.round(bounds.maxBytes / 1024 / 1024)} MB），请分成几个文件导入`)
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw refuse(UNREADABLE)
  let declared: number
  try {
    declared = unzippedSize(bytes)
  } catch (e) {
    throw refuse(e instanceof SpreadsheetError ? e.message : UNREADABLE)
  }
  if (declared > bounds.maxUnzippedBytes) throw refuse('表格解压后过大，请删除多余内容或分批导入')
  const ExcelJS = require('exceljs') as typeof ExcelJSModule
  // Streamed, one sheet kept: the whole-workbook model took ~0.7 GB for 10,000 rows (npm run bench).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' })
  let first: XlsxCell[][] | null = null
  let named: XlsxCell[][] | null = null
  try {
    for await (const ws of reader) {
      const wanted = bounds.sheetName === undefined || (ws as { name?: string }).name === bounds.sheetName
      const keep = first === null || wanted
      const out: XlsxCell[][] = []
      // Every sheet is read through (the stream moves on only then); only the first and the wanted one are kept.
      for await (const row of ws as AsyncIterable<{ number: number; values: unknown }>) {
        if (!keep) continue
        if (row.number > bounds.maxRows) throw new SpreadsheetError(`表格行数过多（最多${bounds.maxRows - 1}行数据），请分批导入`)
        const values = Array.isArray(row.values) ? (row.values as unknown[]) : []
        // Rows the file leaves out (blank) keep their place, so row numbers in the report are the sheet's.
        while (out.length < row.number - 1) out.push([])
        // Array.from, not map: exceljs leaves holes for empty cells, and a hole must read as empty.
        out.push(Array.from(values.slice(1, bounds.maxCols + 1), plain))
      }
      if (first === null) first = out
      if (wanted) {
        named = out
        break
      }
    }
  } catch (e) {
    throw refuse(e instanceof SpreadsheetError ? e.message : UNREADABLE)
  }
  const chosen = named ?? first
  if (chosen === null) throw refuse('表格中没有工作表，请使用下载的模板')
  const width = chosen.reduce((w, r) => Math.max(w, r.length), 0)
  const padded = chosen.map((r) => (r.length < width ? [...r, ...Array<XlsxCell>(width - r.length).fill(null)] : r))
  const [header = [], ...rows] = padded
  return { header, rows }
}

/** Sum of the entries' uncompressed sizes, from the zip's end-of-central-directory record. */
function unzippedSize(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new SpreadsheetError(UNREADABLE)
  const entries = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new SpreadsheetError(UNREADABLE)
    const size = buf.readUInt32LE(at + 24)
    // 0xFFFFFFFF: the real size is in a ZIP64 field; no upload within our bounds needs one.
    if (size === 0xffffffff) throw new SpreadsheetError('表格文件过大，请分批导入')
    total += size
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return total
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
