import {
  addManager,
  bulkColumns,
  bulkProblemText,
  canInviteManager,
  isManager,
  kaipingConfig,
  managersOf,
  MAX_ACCOUNTS,
  MAX_MANAGERS,
  parseBulkAccounts,
  removeManager,
  type DraftContent,
  type FilingState
} from '../../src/core'

const NOW = new Date('2024-03-04T02:00:00.000Z')
const filing = (over: Partial<FilingState> = {}) => ({ id: 'f1', ownerOpenid: 'o-owner', createdAt: '2024-03-01T00:00:00.000Z', version: 3, updatedAt: '2024-03-01T00:00:00.000Z', ...over }) as FilingState

describe('co-managers', () => {
  test('when a record predates co-managers, then its owner alone manages it', () => {
    const f = filing()
    expect(managersOf(f).map((m) => m.openid)).toEqual(['o-owner'])
    expect(isManager(f, 'o-owner')).toBe(true)
    expect(isManager(f, 'o-x')).toBe(false)
    expect(isManager(f, null)).toBe(false)
    expect(isManager(f, '')).toBe(false)
  })

  test('when the owner adds a colleague, then both manage it and the version moves on', () => {
    const r = addManager(filing(), { openid: 'o-b', name: '李小红' }, 'o-owner', NOW)
    if (!r.ok) throw new Error(r.message)
    expect(managersOf(r.next).map((m) => [m.openid, m.name])).toEqual([['o-owner', ''], ['o-b', '李小红']])
    expect(r.next.version).toBe(4)
    expect(addManager(r.next, { openid: 'o-b', name: 'x' }, 'o-owner', NOW)).toMatchObject({ ok: false, code: 'invalid_state' })
  })

  test('when the list is full or the inviter is no longer the owner, then nobody joins', () => {
    const full = filing({ managers: Array.from({ length: MAX_MANAGERS }, (_, i) => ({ openid: i === 0 ? 'o-owner' : `o-${i}`, name: '', addedAt: '', addedBy: 'o-owner' })) })
    expect(canInviteManager(full, 'o-owner')).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(canInviteManager(filing(), 'o-other')).toMatchObject({ ok: false, code: 'forbidden' })
    expect(addManager(filing(), { openid: 'o-b', name: '' }, 'o-former', NOW)).toMatchObject({ ok: false, code: 'invalid_state' })
  })

  test('when managers leave, then the owner passes to the next one and the last one stays', () => {
    const two = addManager(filing(), { openid: 'o-b', name: '' }, 'o-owner', NOW)
    if (!two.ok) throw new Error(two.message)
    expect(removeManager(two.next, 'o-owner', 'o-b', NOW)).toMatchObject({ ok: false, code: 'forbidden' })
    const left = removeManager(two.next, 'o-owner', 'o-owner', NOW)
    if (!left.ok) throw new Error(left.message)
    expect(left.next.ownerOpenid).toBe('o-b')
    expect(removeManager(left.next, 'o-b', 'o-b', NOW)).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(removeManager(left.next, 'o-owner', 'o-b', NOW)).toMatchObject({ ok: false, code: 'invalid_payload' })
    expect(removeManager(left.next, 'o-b', 'o-stranger', NOW)).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('bulk accounts from a spreadsheet', () => {
  const columns = bulkColumns(kaipingConfig)
  const header = columns.map((c) => c.header)
  const row = (values: Record<string, string>) => columns.map((c) => values[c.header] ?? '')
  const douyin = (n: number, over: Record<string, string> = {}) =>
    row({ 类型: '自媒体账号', 平台: '抖音', 账号名称: `开平美食${n}`, 账号ID: `kp_food_${n}`, 粉丝数: '1.2万', 开通日期: '2024/2/1', 内容类别: '美食', 是否开展直播: '否', ...over })
  const empty: DraftContent = { subject: { type: 'company' } } as DraftContent
  let ids = 0
  const newId = () => `bulk-${++ids}`

  test('when the template is made, then its columns are the catalogue account fields in this city, 类型 first', () => {
    expect(header[0]).toBe('类型')
    expect(header).toEqual(expect.arrayContaining(['平台', '账号名称', '粉丝数', 'ICP备案号', 'APP备案号', '包名或Bundle ID']))
    expect(new Set(header).size).toBe(header.length)
    const hidden = { ...kaipingConfig, fields: { ...kaipingConfig.fields, 'accounts.*.ipLocation': { presence: 'hidden' as const } } }
    expect(bulkColumns(hidden).map((c) => c.header)).not.toContain('IP属地')
  })

  test('when every row is right, then each becomes an account in the stored form', () => {
    const r = parseBulkAccounts([header, douyin(1), douyin(2, { 粉丝数: '8,000', 开通日期: '2024年1月5日' })], empty, kaipingConfig, NOW, newId)
    if (!r.ok) throw new Error(r.problems.map(bulkProblemText).join('\n'))
    expect(r.accounts).toHaveLength(2)
    expect(r.accounts[0]).toMatchObject({ kind: 'self_media', platform: 'douyin', accountName: '开平美食1', followers: 12000, openedOn: '2024-02-01', liveStreaming: false })
    expect(r.accounts[1]).toMatchObject({ followers: 8000, openedOn: '2024-01-05' })
  })

  test('when rows are wrong, then each bad row and field is named in Chinese and nothing is returned to add', () => {
    const r = parseBulkAccounts(
      [header, douyin(1), douyin(2, { 粉丝数: '很多' }), douyin(3, { 平台: '脸书' }), douyin(1, { 账号名称: '重复的' }), row({ 类型: '网站', 名称: '开平侨乡网' })],
      empty,
      kaipingConfig,
      NOW,
      newId
    )
    if (r.ok) throw new Error('accepted')
    const text = r.problems.map(bulkProblemText)
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^第3行「粉丝数」：/),
        expect.stringMatching(/^第4行「平台」：所选平台不在列表中/),
        expect.stringMatching(/^第6行「ICP备案号」：/)
      ])
    )
    expect(text.some((t) => t.startsWith('第2行'))).toBe(false)
  })

  test('when a row repeats an account of the file or of the draft, then that row is named', () => {
    const draft = { ...empty, accounts: [{ kind: 'self_media', id: 'a0', platform: 'douyin', accountName: '已有', accountId: 'kp_food_9', followers: 1, openedOn: '2024-01-01', category: '美食' }] } as DraftContent
    const r = parseBulkAccounts([header, douyin(1), douyin(1, { 账号名称: '重复的' }), douyin(9)], draft, kaipingConfig, NOW, newId)
    expect(r.ok ? [] : r.problems.map(bulkProblemText)).toEqual(['第3行「账号ID」：与第2行的账号重复，请删除其中一行', '第4行「账号ID」：与备案中已有的第1个账号重复，请删除这一行'])
  })

  test('when the header is changed or the file holds too many rows, then the file is refused as a whole', () => {
    const renamed = parseBulkAccounts([['类型', '账号昵称'], ['自媒体账号', 'x']], empty, kaipingConfig, NOW, newId)
    expect(renamed.ok ? [] : renamed.problems.map(bulkProblemText)).toEqual(['第1行「账号昵称」：模板中没有这一列，请使用下载的模板，不要改动表头'])
    const many = parseBulkAccounts([header, ...Array.from({ length: MAX_ACCOUNTS + 1 }, (_, i) => douyin(i))], empty, kaipingConfig, NOW, newId)
    expect(many.ok ? [] : many.problems.map(bulkProblemText)).toEqual([`一份备案最多${MAX_ACCOUNTS}个账号，本备案已有0个，本次最多再导入${MAX_ACCOUNTS}个`])
    const none = parseBulkAccounts([header, row({})], empty, kaipingConfig, NOW, newId)
    expect(none.ok ? [] : none.problems.map(bulkProblemText)).toEqual(['表格中没有账号，请在模板第2行起逐行填写'])
  })
})
