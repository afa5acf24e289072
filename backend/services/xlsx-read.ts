/**
 * Reading and writing .xlsx in the backend; exceljs is loaded only when a file is read or written,
 * like the export writer (backend/services/export-xlsx.ts), so no function's cold start pays.
 * Two readers for now, each bounded for its caller: `readXlsxSheet` streams the first sheet of a
 * large register (legacy import, up to LEGACY_MAX_BYTES); `readSheetRows` reads a small template
 * (bulk accounts) after refusing, from the zip's directory, archives that would expand past
 * MAX_UNZIPPED_BYTES. They were written in parallel (issue 12 §6 and §7); one reader is the goal.
 */
import { Readable } from 'node:stream'
import type ExcelJSModule from 'exceljs'
import { LEGACY_MAX_BYTES } from '../core'
import { errors } from '../errors'

export type XlsxCell = string | number | boolean | null

export interface XlsxSheet {
  header: XlsxCell[]
  rows: XlsxCell[][]
}

/** Larger files are refused before parsing (a zip can expand a lot). */
export const MAX_XLSX_BYTES = LEGACY_MAX_BYTES
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const UNREADABLE = '无法读取该文件，请确认是 .xlsx 格式的表格（可在 Excel 或 WPS 中“另存为 .xlsx”）'

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

export async function readXlsxSheet(bytes: Buffer): Promise<XlsxSheet> {
  if (bytes.length > MAX_XLSX_BYTES) throw errors.invalid(`文件过大（超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB），请分成几个文件导入`)
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw errors.invalid(UNREADABLE)
  const ExcelJS = require('exceljs') as typeof ExcelJSModule
  // Streamed, first sheet only: the whole-workbook model took ~0.7 GB for 10,000 rows (npm run bench).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' })
  const out: XlsxCell[][] = []
  let sheets = 0
  try {
    for await (const ws of reader) {
      if (sheets++ > 0) break
      for await (const row of ws as AsyncIterable<{ number: number; values: unknown }>) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]) : []
        // Rows the file leaves out (blank) keep their place, so row numbers in the report are the sheet's.
        while (out.length < row.number - 1) out.push([])
        out.push(values.slice(1).map(plain))
      }
    }
  } catch {
    throw errors.invalid(UNREADABLE)
  }
  if (sheets === 0) throw errors.invalid('表格中没有工作表，请使用下载的模板')
  const width = out.reduce((w, r) => Math.max(w, r.length), 0)
  const padded = out.map((r) => (r.length < width ? [...r, ...Array<XlsxCell>(width - r.length).fill(null)] : r))
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

// A full template of 50 accounts unzips to well under 100 KB; 4 MB leaves room for formatting and refuses bombs.
export const MAX_UNZIPPED_BYTES = 4 * 1024 * 1024

export class SpreadsheetError extends Error {}

const NOT_XLSX = '文件不是有效的Excel表格（.xlsx），请使用下载的模板填写后上传'

/** Sum of the entries' uncompressed sizes, from the zip's end-of-central-directory record. */
export function unzippedSize(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new SpreadsheetError(NOT_XLSX)
  const entries = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new SpreadsheetError(NOT_XLSX)
    const size = buf.readUInt32LE(at + 24)
    // 0xFFFFFFFF: the real size is in a ZIP64 field; a template this small never needs one.
    if (size === 0xffffffff) throw new SpreadsheetError('表格文件过大，请分批导入')
    total += size
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return total
}

type CellValue = ExcelJSModule.CellValue

/** A cell as the person typed it: dates as YYYY-MM-DD, rich text and links as their text. */
function cellText(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('result' in v) return cellText(v.result as CellValue)
    if ('error' in v) return ''
    return ''
  }
  return String(v)
}

/**
 * The rows of `sheetName` (or the first sheet), as text, at most `maxRows` rows and `maxCols`
 * columns each; throws SpreadsheetError with a Chinese message for what cannot be read.
 */
export async function readSheetRows(bytes: Buffer, opts: { sheetName?: string; maxRows: number; maxCols: number }): Promise<string[][]> {
  if (unzippedSize(bytes) > MAX_UNZIPPED_BYTES) throw new SpreadsheetError('表格解压后过大，请删除多余内容或分批导入')
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new SpreadsheetError(NOT_XLSX)
  }
  const ws = (opts.sheetName ? wb.getWorksheet(opts.sheetName) : undefined) ?? wb.worksheets[0]
  if (!ws) throw new SpreadsheetError('表格中没有工作表，请使用下载的模板')
  if (ws.actualRowCount > opts.maxRows) throw new SpreadsheetError(`表格行数过多（最多${opts.maxRows - 1}行数据），请分批导入`)
  const rows: string[][] = []
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (n > opts.maxRows) return
    const cells: string[] = []
    for (let c = 1; c <= Math.min(opts.maxCols, row.cellCount); c++) cells.push(cellText(row.getCell(c).value).slice(0, 1000))
    rows[n - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

/** A workbook written in memory (small files only: templates). */
export async function writeWorkbook(build: (wb: ExcelJSModule.Workbook) => void): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
