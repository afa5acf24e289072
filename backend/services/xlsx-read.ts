/**
 * Reading an uploaded .xlsx into rows of text (the one reader of the backend: bulk accounts now;
 * the legacy import is meant to share it). A spreadsheet is hostile input: the file's size is bounded
 * by the caller, and before exceljs inflates anything the zip's central directory is read to refuse
 * archives that would expand past MAX_UNZIPPED_BYTES (a zip bomb), so a bad file is a clear answer,
 * never a crash or a stalled function. exceljs is loaded only here, when a file is read.
 */
import type ExcelJSModule from 'exceljs'

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
