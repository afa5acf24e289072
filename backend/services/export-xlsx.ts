/**
 * Streams filings into an .xlsx (exceljs WorkbookWriter, one row per account) so memory
 * grows with the file, not with a workbook model. Personal data is masked unless `full`.
 */
import { PassThrough } from 'node:stream'
import type ExcelJSModule from 'exceljs'
import { SUBJECT_TYPE_LABELS, findTown, localDateTime, maskName, maskPhone, type JurisdictionConfig } from '../core'
import type { FilingRecord } from '../ports/records'
import type { Crypto } from '../ports/system.port'
import { platformLabel } from './filing-index'
import { revealSecret } from './sealing'
import { statusLabel } from './views'

const COLUMNS: Array<{ header: string; key: string; width: number }> = [
  { header: '备案号', key: 'number', width: 20 },
  { header: '状态', key: 'status', width: 10 },
  { header: '主体类型', key: 'subjectType', width: 14 },
  { header: '主体名称', key: 'subjectName', width: 24 },
  { header: '身份证号码', key: 'idNumber', width: 22 },
  { header: '联系电话', key: 'phone', width: 16 },
  { header: '所在镇（街道）', key: 'town', width: 14 },
  { header: '类型/平台', key: 'platform', width: 12 },
  { header: '账号名称', key: 'accountName', width: 24 },
  { header: '账号ID/域名', key: 'accountId', width: 22 },
  { header: '粉丝数', key: 'followers', width: 10 },
  { header: '开通日期', key: 'openedOn', width: 12 },
  { header: '提交时间', key: 'submittedAt', width: 18 },
  { header: '审核时间', key: 'decidedAt', width: 18 },
  { header: '备案截止日期', key: 'dueDate', width: 12 }
]

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')

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

export function startXlsxExport(config: JurisdictionConfig, crypto: Crypto, full: boolean): XlsxExport {
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
  const ws = wb.addWorksheet('备案列表')
  ws.columns = COLUMNS
  ws.getRow(1).font = { bold: true }
  let rows = 0
  const time = localTimeFormatter(config.timezone)

  return {
    addFiling(rec) {
      const content = obj(rec.working.content)
      const subject = obj(content.subject)
      const operator = obj(content.operator)
      const isPerson = subject.type === 'individual'
      const idPath = isPerson ? 'subject.idNumber' : 'operator.idNumber'
      const idNumber = full ? (revealSecret(rec.working, crypto, idPath) ?? '') : str(isPerson ? subject.idNumber : operator.idNumber)
      const phone = str(isPerson || operator.sameAsSubject !== false ? subject.phone : operator.phone)
      const base = {
        number: rec.filingNumber ?? '',
        status: statusLabel(rec.status),
        subjectType: SUBJECT_TYPE_LABELS[subject.type as keyof typeof SUBJECT_TYPE_LABELS] ?? '',
        subjectName: full || !isPerson ? str(subject.name) : maskName(str(subject.name)),
        idNumber,
        phone: full ? phone : maskPhone(phone),
        town: findTown(config, str(subject.town))?.name ?? str(subject.town),
        submittedAt: time(rec.submittedAt),
        decidedAt: time(rec.decidedAt),
        dueDate: rec.index.dueDate ?? ''
      }
      const accounts = Array.isArray(content.accounts) ? content.accounts.map(obj) : [{}]
      for (const a of accounts) {
        const platform = a.kind === 'website' ? 'website' : a.kind === 'app' ? 'app' : str(a.platform)
        ws.addRow({
          ...base,
          platform: platform === 'other' ? str(a.platformName) || '其他' : platformLabel(platform, config),
          accountName: str(a.accountName) || str(a.name),
          accountId: str(a.accountId) || str(a.domain) || str(a.homepage) || str(a.url),
          followers: typeof a.followers === 'number' ? a.followers : '',
          openedOn: str(a.openedOn)
        }).commit()
        rows++
      }
    },
    async finish() {
      ws.commit()
      await wb.commit()
      await done
      return { bytes: Buffer.concat(chunks), rows }
    }
  }
}
