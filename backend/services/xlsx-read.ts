/**
 * The one .xlsx reader of the backend (legacy import; bulk accounts should use it too): the first
 * worksheet as a header row and data rows of plain cells. exceljs is loaded only when a file is
 * read, like the export writer (backend/services/export-xlsx.ts), so no function's cold start pays.
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
