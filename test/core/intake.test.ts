/** Core rules of staff entry, claims and the legacy template (pure: no store, no spreadsheet library). */
import {
  claimFiling,
  importedFiling,
  JurisdictionConfigSchema,
  kaipingConfig,
  legacyColumns,
  legacyProblemText,
  normalizeSubjectIdentity,
  organisationIdentities,
  readLegacyRows,
  recusalReason,
  enteredFiling,
  deriveIndex,
  type Cell,
  type JurisdictionConfig
} from '../../src/core'
import { shundeConfig } from './support/shunde'

const NOW = new Date('2024-03-04T02:00:00.000Z')

const strictCity: JurisdictionConfig = JurisdictionConfigSchema.parse({
  ...shundeConfig,
  fields: { 'accounts.*.psbNumber': { presence: 'required', label: '公安备案号' }, 'accounts.*.ipLocation': { presence: 'hidden' } }
})

const HEADER = ['原备案号', '主体类型', '主体名称', '证件类型', '身份证号码', '联系电话', '通讯地址', '所在镇（街道）', '运维负责人是否为本人', '账号·类型', '账号·平台', '账号名称', '账号ID', '账号·粉丝数', '账号·开通日期', '账号·内容类别']
const row = (over: Record<string, Cell> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    原备案号: 'KP-1', 主体类型: '个人', 主体名称: '张小明', 证件类型: '居民身份证', 身份证号码: '440783199001011230', 联系电话: '13800138000', 通讯地址: '开平市三埠街道港口路1号',
    '所在镇（街道）': '三埠街道', 运维负责人是否为本人: '是', '账号·类型': '自媒体账号', '账号·平台': '抖音', 账号名称: '开平美食', 账号ID: 'kp1', '账号·粉丝数': 6000, '账号·开通日期': '2023-06-01', '账号·内容类别': '美食', ...over
  }
  return HEADER.map((h) => base[h] ?? null)
}

describe('legacy template', () => {
  it('when columns are derived for any city, then every header is unique and the old number comes first', () => {
    for (const config of [kaipingConfig, shundeConfig, strictCity]) {
      const headers = legacyColumns(config).map((c) => c.header)
      expect(new Set(headers).size).toBe(headers.length)
      expect(headers.slice(0, 2)).toEqual(['原备案号', '原备案日期'])
    }
  })

  it('when a city renames a field and hides another, then its template follows', () => {
    const headers = legacyColumns(strictCity).map((c) => c.header)
    expect(headers).toContain('账号·公安备案号')
    expect(headers).not.toContain('账号·公安联网备案号')
    expect(headers).not.toContain('账号·IP属地')
    expect(legacyColumns(kaipingConfig).map((c) => c.header)).toContain('账号·IP属地')
  })
})

describe('reading legacy rows', () => {
  it('when rows are read, then labels become codes and rows sharing an old number form one filing with several accounts', () => {
    const r = readLegacyRows(HEADER, [row(), row({ 账号名称: '开平美食二号', 账号ID: 'kp2', '账号·平台': 'kuaishou' })], kaipingConfig, NOW)
    expect(r.problems).toEqual([])
    expect(r.filings).toHaveLength(1)
    expect(r.filings[0].rows).toEqual([2, 3])
    expect(r.filings[0].content.subject).toMatchObject({ type: 'individual', town: '440783001', idType: 'resident_id' })
    expect(r.filings[0].content.operator).toEqual({ sameAsSubject: true })
    expect(r.filings[0].content.accounts?.map((a) => (a as { platform: string }).platform)).toEqual(['douyin', 'kuaishou'])
  })

  it('when a value cannot be read or breaks a core rule, then the problem names its row and column once', () => {
    const r = readLegacyRows(HEADER, [row({ '账号·粉丝数': '许多' }), row({ 原备案号: 'KP-2', 身份证号码: '440783199001011231', 账号ID: 'kp9' })], kaipingConfig, NOW)
    expect(r.problems.map(legacyProblemText)).toEqual([expect.stringMatching(/^第2行“账号·粉丝数”：/), expect.stringMatching(/^第3行“身份证号码”：.*校验/)])
  })

  it('when an old number looks like the numbers this system issues, then it is refused so the two can never collide', () => {
    const r = readLegacyRows(HEADER, [row({ 原备案号: '开网备2024000123' })], kaipingConfig, NOW)
    expect(r.problems).toEqual([expect.objectContaining({ row: 2, column: '原备案号', message: expect.stringContaining('格式相同') })])
  })

  it('when the header has an unknown column, then nothing is read and the column is named', () => {
    const r = readLegacyRows([...HEADER, '抖音号'], [row()], kaipingConfig, NOW)
    expect(r.filings).toEqual([])
    expect(r.problems).toEqual([expect.objectContaining({ row: 1, column: '抖音号' })])
  })
})

describe('entered and imported filings, claims', () => {
  const version = (content: Record<string, unknown>) => ({ snapshot: { content: content as never, secrets: {} }, index: deriveIndex(content as never, [], kaipingConfig) })
  const content = { subject: { type: 'company', name: '开平某公司', uscc: '91350100M000100Y43' }, accounts: [{ kind: 'self_media', id: 'a1', platform: 'douyin', accountName: '开平号', accountId: 'kp' }] }

  it('when staff enter a filing, then it awaits review unowned and whoever entered it is recused from deciding it', () => {
    const f = enteredFiling('f1', version(content), { channel: 'paper', enteredBy: 'oStaff', enteredAt: NOW.toISOString() }, NOW, kaipingConfig)
    expect(f).toMatchObject({ status: 'submitted', ownerOpenid: '', reviewDueDate: expect.any(String) })
    expect(f.claimKeys.length).toBe(1)
    expect(recusalReason(f, { openid: 'oStaff' })).toBe('enterer')
    expect(recusalReason(f, { openid: 'oOther' })).toBeNull()
  })

  it('when an imported filing is claimed, then the claimant owns it, and nobody can claim it again', () => {
    const f = importedFiling('f2', version(content), { channel: 'legacy', enteredBy: 'oAdmin', enteredAt: NOW.toISOString(), legacyNumber: 'KP-9' }, NOW, kaipingConfig)
    expect(f).toMatchObject({ status: 'approved', filingNumber: 'KP-9', publicKeys: expect.any(Array) })
    // The importer is not a decider of what the old office decided: no recusal for an import.
    expect(recusalReason(f, { openid: 'oAdmin' })).toBeNull()
    const r = claimFiling(f, 'oOwner', NOW, kaipingConfig)
    if (!r.ok) throw new Error(r.message)
    expect(r.next).toMatchObject({ ownerOpenid: 'oOwner', version: f.version + 1, intake: { claimedBy: 'oOwner' } })
    expect(claimFiling(r.next, 'oOther', NOW, kaipingConfig)).toMatchObject({ ok: false, code: 'invalid_state', message: expect.stringContaining('已被认领') })
  })

  it('when an identity is typed with spaces, dashes or lower case, then it compares equal', () => {
    expect(normalizeSubjectIdentity(' 9135-0100m000100y43 ')).toBe('91350100M000100Y43')
    expect(organisationIdentities({ type: 'company', uscc: '91350100M000100Y43' })).toEqual(['91350100M000100Y43'])
    expect(organisationIdentities({ type: 'individual', uscc: 'x' })).toEqual([])
  })
})
