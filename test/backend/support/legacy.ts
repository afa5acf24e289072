/** Legacy register spreadsheets for the import tests and the bench: the real template's columns, generated rows. */
import { legacyColumns, kaipingConfig, type JurisdictionConfig } from '../../../backend/core'
import { writeXlsxSheet, type XlsxCell } from '../../../backend/services/xlsx-read'
import type { LocalRuntime } from '../../../backend/runtime/local'
import { main as staffMain } from '../../../cloudfunctions/staff/index'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** A resident ID number with a valid check digit (born 1990-01-01 + n days' worth of sequence). */
export function residentId(n: number): string {
  const body = `440783${1970 + (n % 30)}0101${String(n % 1000).padStart(3, '0')}`
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0)
  return body + '10X98765432'[sum % 11]
}

export type LegacyRow = Record<string, XlsxCell>

/** A name without digits (names refuse them): 张 + the number in Chinese numerals. */
export const legacyName = (n: number) => `张${[...String(n)].map((d) => '零一二三四五六七八九'[Number(d)]).join('')}`

/** One valid row: an individual's 抖音 account under old number KP-OLD-<n>. */
export function legacyRow(n: number, over: LegacyRow = {}): LegacyRow {
  return {
    原备案号: `KP-OLD-${String(n).padStart(5, '0')}`,
    原备案日期: '2023-12-28',
    主体类型: '个人',
    主体名称: legacyName(n),
    证件类型: '居民身份证',
    身份证号码: residentId(n),
    联系电话: `138${String(n).padStart(8, '0')}`,
    通讯地址: '开平市三埠街道港口路1号',
    '所在镇（街道）': '三埠街道',
    运维负责人是否为本人: '是',
    '账号·类型': '自媒体账号',
    '账号·平台': '抖音',
    账号名称: `开平旧账号${n}`,
    账号ID: `kp_legacy_${n}`,
    '账号·粉丝数': 6000 + n,
    '账号·开通日期': '2023-06-01',
    '账号·内容类别': '美食',
    ...over
  }
}

export function legacyHeader(config: JurisdictionConfig = kaipingConfig): string[] {
  return legacyColumns(config).map((c) => c.header)
}

export async function legacyWorkbook(rows: LegacyRow[], config: JurisdictionConfig = kaipingConfig): Promise<Buffer> {
  const header = legacyHeader(config)
  for (const r of rows) for (const k of Object.keys(r)) if (!header.includes(k)) throw new Error(`test row uses a column the template does not have: ${k}`)
  return writeXlsxSheet('备案台账', header, rows.map((r) => header.map((h) => r[h] ?? null)))
}

/** Uploads a workbook the way the admin's screen does: a reserved place in their upload folder. */
export async function uploadWorkbook(rt: LocalRuntime, openid: string, bytes: Buffer): Promise<string> {
  const loc = (await staffMain({ action: 'import-upload-location', input: {} }, { local: { openid } })) as { ok: boolean; data: { cloudPath: string }; error?: unknown }
  if (!loc.ok) throw new Error(`import-upload-location failed: ${JSON.stringify(loc.error)}`)
  return (await rt.localFiles.put(loc.data.cloudPath, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', openid)).fileId
}
