import ExcelJS from 'exceljs'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { applicant, approved, requestId, staff, submitted } from './support/flows'
import { completeIndividual, ID_OTHER, ID_OWNER, selfMedia, STAFF_IDENTITY, uploadDoc } from './support/factories'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Item = { id: string; platforms: string[]; reviewDaysLeft: number | null }
type Page = { items: Item[]; nextCursor: string | null }

describe('queue', () => {
  it('when paging with the cursor, then every waiting filing comes exactly once, oldest first', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push((await submitted(env, i % 2 ? 'other' : 'owner', { accounts: [selfMedia({ accountId: `q-${i}` })] })).id)
      env.clock.advanceDays(1)
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Page = await env.ok<Page>(staff, 'queue', { limit: 2, ...(cursor ? { cursor } : {}) }, 'reviewer')
      seen.push(...page.items.map((i) => i.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(ids)
  })

  it('when filtering by platform, text and overdue, then only matching filings are listed', async () => {
    const weibo = await submitted(env, 'owner', { accounts: [selfMedia({ platform: 'weibo', accountName: '开平微博君', accountId: 'wb1' })] })
    const douyin = await submitted(env, 'other', { accounts: [selfMedia({ accountName: '碉楼故事', accountId: 'dy1' })] })
    expect((await env.ok<Page>(staff, 'queue', { platform: 'weibo' }, 'reviewer')).items.map((i) => i.id)).toEqual([weibo.id])
    expect((await env.ok<Page>(staff, 'queue', { q: '碉楼' }, 'reviewer')).items.map((i) => i.id)).toEqual([douyin.id])
    expect((await env.ok<Page>(staff, 'queue', { overdue: true }, 'reviewer')).items).toEqual([])
    env.clock.advanceDays(40)
    const overdue = await env.ok<Page>(staff, 'queue', { overdue: true }, 'reviewer')
    expect(overdue.items).toHaveLength(2)
    expect(overdue.items[0].reviewDaysLeft).toBeLessThan(0)
  })
})

describe('review screen', () => {
  it('when staff open a filing, then ID numbers are masked, documents have 10-minute links and the access is audited', async () => {
    const s = await submitted(env)
    const got = await env.ok<{ content: { subject: { idNumber: string } }; documentLinks: Record<string, string>; availableActions: string[] }>(staff, 'get', { id: s.id }, 'reviewer')
    expect(got.content.subject.idNumber).toBe('440783********1230')
    expect(Object.values(got.documentLinks)).toHaveLength(3)
    expect(got.availableActions).toEqual(expect.arrayContaining(['approve', 'return', 'reject']))
    const token = Object.values(got.documentLinks)[0].slice('/files/'.length)
    expect(await env.rt.localFiles.readSigned(token)).not.toBeNull()
    env.clock.set(new Date(env.clock.now.getTime() + 11 * 60_000).toISOString())
    expect(await env.rt.localFiles.readSigned(token)).toBeNull()
    expect(await env.rt.localFiles.readSigned(token.replace(/.$/, 'x'))).toBeNull()
    expect((await env.rt.store.audit.listByFiling(s.id)).map((e) => e.action)).toContain('view-documents')
  })

  it('when a reviewer reveals an ID number, then the full number is returned and the reveal is audited with who and when', async () => {
    const s = await submitted(env)
    expect(await env.ok(staff, 'reveal', { id: s.id, field: 'subject.idNumber' }, 'reviewer')).toEqual({ field: 'subject.idNumber', value: ID_OWNER })
    expect(await env.rt.store.audit.listByAction('reveal', 10)).toEqual([
      expect.objectContaining({ actorOpenid: OPENID.reviewer, at: env.clock.now.toISOString(), filingId: s.id, detail: expect.objectContaining({ field: 'subject.idNumber' }) })
    ])
  })
})

describe('statistics and export', () => {
  it('when counted, then statuses, platforms, towns and weeks are grouped with Chinese labels', async () => {
    await approved(env)
    await submitted(env, 'other', { accounts: [selfMedia({ platform: 'weibo', accountId: 'w2' })] })
    const s = await env.ok<{ total: number; byStatus: Array<{ key: string; count: number }>; byPlatform: Array<{ label: string }>; byTown: Array<{ label: string }>; byWeek: Array<{ key: string }> }>(staff, 'stats', {}, 'reviewer')
    expect(s.total).toBe(2)
    expect(s.byStatus).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'approved', count: 1 }), expect.objectContaining({ key: 'submitted', count: 1 })]))
    expect(s.byPlatform.map((r) => r.label).sort()).toEqual(['抖音', '新浪微博'])
    expect(s.byTown[0].label).toBe('三埠街道')
    expect(s.byWeek).toEqual([expect.objectContaining({ key: '2024-03-04' })])
  })

  it('when a reviewer exports, then the .xlsx has Chinese headers and masked data; an admin full export shows full data and is audited', async () => {
    await approved(env)
    const read = async (url: string) => {
      const file = await env.rt.localFiles.readSigned(url.slice('/files/'.length))
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(file!.bytes)
      const ws = wb.worksheets[0]
      return [1, 2].map((r) => (ws.getRow(r).values as unknown[]).slice(1).map(String))
    }
    const masked = await env.ok<{ url: string; fileName: string; rows: number }>(staff, 'export', { status: ['approved'] }, 'reviewer')
    expect(masked).toMatchObject({ rows: 1, fileName: expect.stringMatching(/^备案导出-\d{12}\.xlsx$/) })
    const [header, row] = await read(masked.url)
    expect(header.slice(0, 6)).toEqual(['备案号', '状态', '主体类型', '主体名称', '统一社会信用代码', '身份证号码'])
    expect(row).toEqual(expect.arrayContaining(['开网备2024000001', '张**', '440783********1230', '138****8000']))
    const full = await env.ok<{ url: string }>(staff, 'export', { status: ['approved'], full: true }, 'admin')
    expect((await read(full.url))[1]).toEqual(expect.arrayContaining(['张小明', ID_OWNER, '13800138000']))
    expect((await env.rt.store.audit.listByAction('export', 10)).map((e) => [e.actorOpenid, e.detail.full])).toEqual([
      [OPENID.admin, true],
      [OPENID.reviewer, false]
    ])
  })
})

describe('export columns', () => {
  it('when a company and a person are exported, then the company\'s 统一社会信用代码 has its own column, its operations person\'s ID sits under that person, and the header row stays in view', async () => {
    await approved(env)
    const documents = await Promise.all((['license', 'id_front', 'id_back', 'registration_form'] as const).map(async (kind) => ({ kind, fileId: await uploadDoc(env.rt, OPENID.other, kind), source: 'camera' as const })))
    const company = await submitted(env, 'other', {
      subject: { type: 'company', name: '开平市示例科技有限公司', uscc: '91350100M000100Y43', legalRepresentative: '李法人', phone: '07502268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
      operator: { sameAsSubject: false, name: '李运维', idNumber: ID_OTHER, phone: '13900139000' },
      accounts: [selfMedia({ accountId: 'company-1' })],
      documents
    })
    await env.ok(staff, 'decide', { id: company.id, version: company.version, decision: { decision: 'approve' } }, 'reviewer')
    const out = await env.ok<{ url: string }>(staff, 'export', { status: ['approved'] }, 'reviewer')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await env.rt.localFiles.readSigned(out.url.slice('/files/'.length)))!.bytes)
    const ws = wb.worksheets[0]
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String)
    const rows = [2, 3].map((r) => Object.fromEntries(header.map((h, i) => [h, String((ws.getRow(r).values as unknown[])[i + 1] ?? '')])))
    const person = rows.find((r) => r['主体类型'] === '个人')!
    const firm = rows.find((r) => r['主体类型'] === '企业或单位')!
    expect(header).toEqual(expect.arrayContaining(['统一社会信用代码', '身份证号码', '运维负责人', '运维负责人身份证号码']))
    expect(firm).toMatchObject({ 统一社会信用代码: '91350100M000100Y43', 身份证号码: '', 运维负责人: '李**', 运维负责人身份证号码: expect.stringMatching(/^440783\*{8}\d{3}[\dX]$/) })
    expect(person).toMatchObject({ 统一社会信用代码: '', 身份证号码: '440783********1230' })
  })
})

describe('office actions', () => {
  it('when an admin cancels an approved filing with a reason and the owner still has a consent, then the owner is notified with the reason', async () => {
    const a = await approved(env)
    // The approval used the review-result consent; an amendment's prompt gives a new one.
    const content = await completeIndividual(env.rt, OPENID.owner)
    const am = await env.ok<{ version: number }>(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), subscribed: env.accept('owner'), content }, 'owner')
    const w = await env.ok<{ version: number }>(applicant, 'withdraw', { id: a.id, version: am.version }, 'owner')
    expect(await env.call(staff, 'cancel', { id: a.id, version: w.version, reason: '' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await env.ok(staff, 'cancel', { id: a.id, version: w.version, reason: '账号已停止运营' }, 'admin')).toMatchObject({ status: 'cancelled' })
    const last = (await env.rt.store.outbox.listByFiling(a.id)).pop()
    expect(last).toMatchObject({ templateId: TEMPLATE.result })
    expect(JSON.stringify(last?.data)).toContain('账号已停止运营')
  })

  it('when the owner has no consent left, then the office\'s cancellation is recorded as not notified and queues nothing', async () => {
    const a = await approved(env)
    await env.ok(staff, 'cancel', { id: a.id, version: a.version, reason: '账号已停止运营' }, 'admin')
    expect((await env.rt.store.outbox.listByFiling(a.id)).map((m) => m.data.phrase2)).toEqual([{ value: '已通过' }])
    expect((await env.rt.store.audit.listByFiling(a.id)).pop()).toMatchObject({ action: 'cancel', detail: { notified: false, unsent: 'no-consent' } })
  })

  it('when the public reports an account, then staff see the report without the reporter', async () => {
    await env.ok(publicFn, 'report', { platform: 'weibo', accountName: '某号', reason: '其他' }, 'other')
    const out = await env.ok<{ items: Array<Record<string, unknown>> }>(staff, 'reports', {}, 'reviewer')
    expect(out.items).toEqual([expect.objectContaining({ platformName: '新浪微博', accountName: '某号', reason: '其他' })])
    expect(JSON.stringify(out)).not.toContain(OPENID.other)
  })
})

describe('staff management', () => {
  it('when an admin invites and the invitee redeems the code, then the invitee is a reviewer and the code cannot be reused', async () => {
    const { code } = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '王小审' }, 'admin')
    expect(await env.ok(applicant, 'redeem-invite', { code: code.toLowerCase(), ...STAFF_IDENTITY }, 'owner')).toEqual({ role: 'reviewer', staffName: '王小审' })
    expect(await env.ok(applicant, 'whoami', {}, 'owner')).toMatchObject({ role: 'reviewer' })
    expect(await env.call(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const list = await env.ok<{ members: Array<{ openid: string }> }>(staff, 'staff-list', {}, 'admin')
    expect(list.members.map((m) => m.openid)).toEqual(expect.arrayContaining([OPENID.admin, OPENID.owner, OPENID.reviewer]))
  })

  it('when an invite has expired, then redeeming it is refused', async () => {
    const { code } = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '赵审核' }, 'admin')
    env.clock.advanceDays(8)
    expect(await env.call(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('过期') } })
  })

  it('when an admin removes a reviewer, then that person is an applicant again; env admins cannot be removed', async () => {
    await env.ok(staff, 'staff-remove', { openid: OPENID.reviewer }, 'admin')
    expect(await env.ok(applicant, 'whoami', {}, 'reviewer')).toMatchObject({ role: 'applicant' })
    expect(await env.call(staff, 'queue', {}, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(staff, 'staff-remove', { openid: OPENID.admin }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })
})

describe('history names', () => {
  type History = { history: Array<{ action: string, actorRole: string, actorName: string | null }> }

  it('when an applicant later becomes staff, then their own acts on their filing still read as the applicant\'s, and a decision keeps the name its reviewer had then', async () => {
    const s = await submitted(env, 'other')
    const invite = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '王新人', role: 'reviewer' }, 'admin')
    await env.ok(applicant, 'redeem-invite', { code: invite.code, ...STAFF_IDENTITY }, 'other')
    const before = await env.rt.store.staff.get(OPENID.reviewer)
    await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    // The office renames the reviewer afterwards; the record keeps who it was at the time.
    await env.rt.store.runUnit((tx) => tx.staff.put({ ...before!, name: '改名后' }))
    const h = (await env.ok<History>(staff, 'get', { id: s.id }, 'admin')).history
    expect(h.find((e) => e.action === 'submit')).toMatchObject({ actorRole: 'owner', actorName: null })
    expect(h.find((e) => e.action === 'approve')).toMatchObject({ actorName: before!.name })
  })
})

describe('queue counts and open invites', () => {
  it('when the queue is searched, then each status tab counts only what the search finds', async () => {
    await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '开平碉楼故事', accountId: 'c1' })] })
    await approved(env, 'other', { accounts: [selfMedia({ accountName: '开平碉楼日记', accountId: 'c2' })] })
    await submitted(env, 'other', { accounts: [selfMedia({ accountName: '三埠美食', accountId: 'c3' })] })
    const counts = async (input: Record<string, unknown>) => Object.fromEntries((await env.ok<{ byStatus: Array<{ key: string, count: number }> }>(staff, 'queue-counts', input, 'reviewer')).byStatus.map((r) => [r.key, r.count]))
    expect(await counts({})).toEqual({ submitted: 2, approved: 1 })
    expect(await counts({ q: '碉楼' })).toEqual({ submitted: 1, approved: 1 })
    expect(await counts({ q: '没有这个' })).toEqual({})
  })

  it('when staff search by a part of a name, an account ID in any case or the subject phone, then the indexed search finds the filing, masked as before; a masked query is refused', async () => {
    const s = await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '开平碉楼故事', accountId: 'KP_Diaolou' })] })
    const other = await submitted(env, 'other', { accounts: [selfMedia({ accountName: '三埠美食', accountId: 'sanbu1' })] })
    const stored = await env.rt.store.filings.get(s.id)
    const phone = (stored!.working.content as { subject: { phone: string } }).subject.phone
    const queue = (q: string) => env.ok<Page>(staff, 'queue', { q }, 'reviewer')
    for (const q of ['碉楼', '开平碉楼故事', 'kp_diaolou', 'ＫＰ_ＤＩＡＯＬＯＵ']) expect([q, (await queue(q)).items.map((i) => i.id)]).toEqual([q, [s.id]])
    // Both test applicants gave the same phone.
    expect((await queue(`+86 ${phone}`)).items.map((i) => i.id)).toEqual([s.id, other.id])
    const item = (await queue('碉楼')).items[0] as unknown as { subjectName: string }
    expect(item.subjectName).toMatch(/\*/)
    expect((await queue('碉')).items.map((i) => i.id)).toEqual([s.id])
    expect((await queue('楼碉')).items).toEqual([])
    const masked = await env.call(staff, 'queue', { q: phone.slice(0, 3) + '****' + phone.slice(7) }, 'reviewer')
    expect(masked).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('完整'), fields: { q: expect.stringContaining('完整') } } })
  })

  it('when an admin lists staff, then unredeemed invites are there; when one is revoked, then its code no longer works and the revocation is audited', async () => {
    const invite = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '赵待定', role: 'reviewer' }, 'admin')
    const list = await env.ok<{ invites: Array<{ id: string, name: string, role: string }> }>(staff, 'staff-list', {}, 'admin')
    const open = list.invites.find((i) => i.name === '赵待定')
    expect(open).toMatchObject({ role: 'reviewer' })
    expect(JSON.stringify(list)).not.toContain(invite.code)
    await env.ok(staff, 'staff-invite-revoke', { id: open!.id }, 'admin')
    expect((await env.ok<{ invites: unknown[] }>(staff, 'staff-list', {}, 'admin')).invites).toEqual([])
    expect(await env.call(applicant, 'redeem-invite', { code: invite.code }, 'other')).toMatchObject({ ok: false })
    expect((await env.rt.store.audit.listByAction('staff-invite-revoke', 5)).map((e) => e.detail.name)).toEqual(['赵待定'])
    expect(await env.call(staff, 'staff-invite-revoke', { id: open!.id }, 'admin')).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
