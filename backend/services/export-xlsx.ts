/**
 * Streams filings into an .xlsx (exceljs WorkbookWriter, one row per account) so memory
 * grows with the file, not with a workbook model. Personal data is masked unless `full`.
 */
import { PassThrough } from 'node:stream'
import type ExcelJSModule from 'exceljs'
import { contentOf, EXPORT_COLUMNS, localDateTime, type AccountLike, type JurisdictionConfig } from '../core'
import type { FilingRecord } from '../ports/records'
import type { Crypto } from '../ports/system.port'
import { revealSecret } from './sealing'

/**
 * Same output as core's localDateTime ('YYYY-MM-DD HH:mm' in `tz`), but with one cached Intl
 * formatter: dayjs' tz conversion per cell dominated a 10,000-row export.
 */
function localTimeFormatter(tz: string): (iso: string | null) => string {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return (iso) => {
    if (!iso) return ''
    const p = Object.fromEntries(fmt.formatToParts(new Date(iso)).map((x) => [x.type, x.value]))
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
  }
}

/** Guard: the fast formatter must agree with core's. */
export function exportTimeMatchesCore(iso: string, tz: string): boolean {
  return localTimeFormatter(tz)(iso) === localDateTime(iso, tz)
}

export interface XlsxExport {
  addFiling(rec: FilingRecord): void
  finish(): Promise<{ bytes: Buffer; rows: number }>
}

/** One streamed sheet: a frozen bold header, rows committed as they come. The export and the directory share it. */
export interface XlsxSheet {
  addRow(values: Record<string, string | number>): void
  finish(): Promise<{ bytes: Buffer; rows: number }>
}

export function startXlsxSheet(name: string, columns: ReadonlyArray<{ key: string; header: string; width: number }>): XlsxSheet {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  // Loaded here, not at the top: exceljs doubles the staff function's cold start, and only an
  // export needs it (`npm run bench` shows each function's load time beside node-sdk's).
  const ExcelJS = require('exceljs') as typeof ExcelJSModule
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  // The header row stays in view however far down the sheet is scrolled.
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map(({ key, header, width }) => ({ key, header, width }))
  ws.getRow(1).font = { bold: true }
  let rows = 0
  return {
    addRow(values) {
      ws.addRow(values).commit()
      rows++
    },
    async finish() {
      ws.commit()
      await wb.commit()
      await done
      return { bytes: Buffer.concat(chunks), rows }
    }
  }
}

export function startXlsxExport(config: JurisdictionConfig, crypto: Crypto, full: boolean): XlsxExport {
  const sheet = startXlsxSheet('备案列表', EXPORT_COLUMNS)
  const time = localTimeFormatter(config.timezone)

  return {
    addFiling(rec) {
      const content = contentOf(rec.working)
      const accounts: AccountLike[] = content.accounts?.length ? content.accounts : [{} as AccountLike]
      for (const account of accounts) {
        const input = { filing: rec, content, account, full, revealId: (path: 'subject.idNumber' | 'operator.idNumber') => revealSecret(rec.working, crypto, path), time, config }
        sheet.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, c.value(input)])))
      }
    },
    finish: () => sheet.finish()
  }
}
