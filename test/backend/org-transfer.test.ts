/**
 * Transfer of a filing to a new operator (转让, issue 12 §7.5) through `main` on the real SQLite
 * store: the owner starts it with a one-time code, the receiving operator previews and accepts in
 * their own WeChat, the old managers lose access, a change of operator (变更备案) falls due and its
 * reminder reaches the new owner. Every refusal leaves the database as it was.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, applicantAs, applicantOkAs, approved, draftOf, requestId, staff, submitted } from './support/flows'
import { fingerprintOf } from './support/db-fingerprint'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import type { ActionResult } from '../../backend/errors'

const COLLEAGUE = 'oColleague0000000000000000006'
const NEWCO = OPENID.other

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const as = applicantAs
const ok = applicantOkAs
const failure = (r: ActionResult<unknown>) => (r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`)

function fingerprint(): string {
  const db = new Database(join(env.dir, 'filing.sqlite'), { readonly: true })
  try {
    return fingerprintOf(db)
  } finally {
    db.close()
  }
}

type Start = { code: string; expiresAt: string; version: number }
type Section = { transfer: { open: { toName: string; expiresAt: string } | null; blocked: string | null } | null; version: number }

/** An approved filing of the owner with a co-manager. */
async function filedWithColleague(): Promise<{ id: string; version: number }> {
  const a = await approved(env)
  const { code } = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: a.id, name: '李小红' }, 'owner')
  await ok(COLLEAGUE, 'manager-join', { code })
  const rec = await env.rt.store.filings.get(a.id)
  return { id: a.id, version: rec!.version }
}

const start = (id: string, version: number, toName = '开平新运营有限公司') => env.ok<Start>(applicant, 'transfer-start', { id, version, toName }, 'owner')

test('when the owner transfers a filed filing and the new operator accepts, then the new operator owns it alone, the old managers are out, and the change of operator is due with its reminder to the new owner', async () => {
  // The new operator once subscribed (their own submission): the 到期提醒 can reach them.
  await submitted(env, 'other')
  const f = await filedWithColleague()
  // The old operator agreed to be listed in the directory: their consent is not the new operator's.
  await env.ok(applicant, 'directory-consent', { filingId: f.id, listed: true }, 'owner')
  env.clock.advanceDays(1)
  const started = await start(f.id, f.version)
  expect(started.code).toMatch(/^[A-Z0-9]{6,16}$/)
  // The owner's screen shows the open transfer, never the code again.
  const section = await env.ok<Section>(applicant, 'managers', { id: f.id }, 'owner')
  expect(section.transfer).toEqual({ open: { toName: '开平新运营有限公司', startedAt: env.clock.now.toISOString(), expiresAt: started.expiresAt }, blocked: null })
  expect(JSON.stringify(section)).not.toContain(started.code)
  // A co-manager has no transfer section.
  expect((await ok<Section>(COLLEAGUE, 'managers', { id: f.id })).transfer).toBeNull()

  const seen = await env.ok<{ accountNames: string[]; filingNumber: string; subjectName: string; toName: string; consequences: string }>(applicant, 'transfer-preview', { code: started.code.toLowerCase() }, 'other')
  expect(seen.accountNames).toEqual(['开平美食探店'])
  expect(seen.filingNumber).toMatch(/\S/)
  expect(seen.subjectName).toMatch(/\*/)
  expect(seen.toName).toBe('开平新运营有限公司')
  expect(seen.consequences).toContain('30个工作日内提交变更备案')
  expect(await env.ok(applicant, 'code-preview', { code: started.code }, 'other')).toEqual({ kind: 'transfer', transfer: seen })

  const accepted = await env.ok<{ id: string; dueOn: string }>(applicant, 'transfer-accept', { code: started.code }, 'other')
  expect(accepted.id).toBe(f.id)
  const rec = await env.rt.store.filings.get(f.id)
  expect(rec?.ownerOpenid).toBe(NEWCO)
  expect(rec?.managers?.map((m) => m.openid)).toEqual([NEWCO])
  expect(rec?.transfer).toBeNull()
  expect(rec?.status).toBe('approved')

  // The old owner and the co-manager are refused at their next call.
  for (const who of [OPENID.owner, COLLEAGUE]) {
    expect(failure(await as(who, 'get-filing', { id: f.id }))).toContain('您不是该备案的管理人')
    expect(failure(await as(who, 'amend', { id: f.id, version: rec!.version, requestId: requestId(), content: {} }))).toContain('您不是该备案的管理人')
    expect((await ok<{ items: Array<{ id: string }> }>(who, 'list-mine', {})).items.map((i) => i.id)).not.toContain(f.id)
  }
  // The new owner sees it at once, with the change due, and files the change (变更备案).
  const mine = await env.ok<{ items: Array<{ id: string }> }>(applicant, 'list-mine', {}, 'other')
  expect(mine.items.map((i) => i.id)).toContain(f.id)
  const upkeep = await env.ok<{ items: Array<{ filingId: string; change: { dueOn: string; status: string; kindsLabel: string; statusLabel: string } | null }> }>(applicant, 'my-upkeep', {}, 'other')
  expect(upkeep.items.find((i) => i.filingId === f.id)?.change).toEqual(expect.objectContaining({ dueOn: accepted.dueOn, status: 'open', kindsLabel: '运营者变更', statusLabel: `请于${accepted.dueOn}前办理变更备案` }))
  const row = await env.rt.store.upkeep.get(f.id)
  expect(row).toMatchObject({ openid: NEWCO, listed: false })

  const trail = await env.rt.store.audit.listByFiling(f.id)
  expect(trail.find((a) => a.action === 'transfer')).toMatchObject({ actorOpenid: NEWCO, detail: { fromOpenid: OPENID.owner, toOpenid: NEWCO, toName: '开平新运营有限公司' } })
  expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['transfer-start', 'transfer', 'upkeep-change']))
  // Staff see the transfer in the filing's history; the applicant's status timeline shows no openid.
  const review = await env.ok<{ history: Array<{ action: string; detail: Record<string, unknown> }> }>(staff, 'get', { id: f.id }, 'reviewer')
  expect(review.history.map((h) => h.action)).toEqual(expect.arrayContaining(['transfer-start', 'transfer']))
  // Openids stay in the audit: staff read names (the transfer's, the co-manager join's), never the parties' openids.
  expect(review.history.find((h) => h.action === 'transfer')?.detail).toMatchObject({ toName: '开平新运营有限公司' })
  for (const who of [OPENID.owner, NEWCO, COLLEAGUE]) expect(JSON.stringify(review.history)).not.toContain(who)
  const detail = await env.ok<{ timeline: unknown[]; content: Record<string, unknown>; version: number; change: { dueOn: string; statusLabel: string } | null }>(applicant, 'get-filing', { id: f.id }, 'other')
  expect(JSON.stringify(detail.timeline)).not.toContain(OPENID.owner)
  // The detail says the change is due (the 变更备案 button is the lifecycle's amend).
  expect(detail.change).toMatchObject({ dueOn: accepted.dueOn, statusLabel: `请于${accepted.dueOn}前办理变更备案` })

  // The reminder day: the timer reminds the new owner, not the old one.
  env.clock.set(`${row!.change!.remindOn}T02:00:00.000Z`)
  expect((await env.ok<{ upkeep: { reminded: number } }>(systemFn, 'tick', {}, 'admin')).upkeep.reminded).toBe(1)
  const sent = (await env.rt.store.outbox.listByFiling(f.id)).filter((m) => m.createdAt === env.clock.now.toISOString())
  expect(sent.map((m) => m.openid)).toEqual([NEWCO])

  // The new owner files the change of operator, with the photos the old operator took (the purge that ran kept them).
  const content = { ...detail.content, subject: { ...(detail.content.subject as object), phone: '13900139000' } }
  const amended = await env.ok<{ status: string }>(applicant, 'amend', { id: f.id, version: detail.version, requestId: requestId(), content }, 'other')
  expect(amended.status).toBe('amending')
})

test('when the owner starts again, then the earlier code no longer works; when they cancel, then the open code no longer works', async () => {
  const f = await filedWithColleague()
  const first = await start(f.id, f.version)
  const second = await start(f.id, first.version, '开平另一运营有限公司')
  expect(failure(await env.call(applicant, 'transfer-preview', { code: first.code }, 'other'))).toContain('转让码无效或已被使用')
  expect(failure(await env.call(applicant, 'transfer-accept', { code: first.code }, 'other'))).toContain('转让码无效或已被使用')
  expect((await env.ok<Section>(applicant, 'managers', { id: f.id }, 'owner')).transfer?.open?.toName).toBe('开平另一运营有限公司')
  await env.ok(applicant, 'transfer-cancel', { id: f.id }, 'owner')
  expect((await env.ok<Section>(applicant, 'managers', { id: f.id }, 'owner')).transfer?.open).toBeNull()
  expect(failure(await env.call(applicant, 'transfer-accept', { code: second.code }, 'other'))).toContain('转让码无效或已被使用')
  expect(failure(await env.call(applicant, 'transfer-cancel', { id: f.id }, 'owner'))).toContain('没有进行中的转让')
  expect((await env.rt.store.filings.get(f.id))?.ownerOpenid).toBe(OPENID.owner)
  const trail = await env.rt.store.audit.listByFiling(f.id)
  expect(trail.filter((a) => a.action.startsWith('transfer')).map((a) => a.action)).toEqual(['transfer-start', 'transfer-start', 'transfer-cancel'])
})

test('when a code has expired or was used, then it is refused and the filing stays where it is', async () => {
  const f = await filedWithColleague()
  const s = await start(f.id, f.version)
  env.clock.advanceDays(8)
  expect(failure(await env.call(applicant, 'transfer-accept', { code: s.code }, 'other'))).toContain('转让码已过期')
  expect((await env.ok<Section>(applicant, 'managers', { id: f.id }, 'owner')).transfer?.open).toBeNull()
  const again = await start(f.id, (await env.rt.store.filings.get(f.id))!.version)
  await env.ok(applicant, 'transfer-accept', { code: again.code }, 'other')
  expect(failure(await as(COLLEAGUE, 'transfer-accept', { code: again.code }))).toContain('转让码无效或已被使用')
  expect((await env.rt.store.filings.get(f.id))?.ownerOpenid).toBe(NEWCO)
})

test('when someone other than the owner, or for a filing not filed and standing, starts a transfer, then it is refused', async () => {
  const f = await filedWithColleague()
  expect(failure(await as(COLLEAGUE, 'transfer-start', { id: f.id, version: f.version, toName: '某公司' }))).toContain('只有备案的所有人可以转让备案')
  expect(failure(await env.call(applicant, 'transfer-start', { id: f.id, version: f.version, toName: '某公司' }, 'other'))).toContain('forbidden')
  const d = await draftOf(env)
  expect(failure(await env.call(applicant, 'transfer-start', { id: d.id, version: d.version, toName: '某公司' }, 'owner'))).toContain('尚未通过审核')
  // An amendment under review holds it; so does a cancellation.
  const detail = await env.ok<{ content: Record<string, unknown>; version: number }>(applicant, 'get-filing', { id: f.id }, 'owner')
  const content = { ...detail.content, subject: { ...(detail.content.subject as object), phone: '13900139000' } }
  const amending = await env.ok<{ version: number }>(applicant, 'amend', { id: f.id, version: detail.version, requestId: requestId(), content }, 'owner')
  expect(failure(await env.call(applicant, 'transfer-start', { id: f.id, version: amending.version, toName: '某公司' }, 'owner'))).toContain('变更正在办理')
  const a = await approved(env)
  const c = await env.ok<{ version: number }>(applicant, 'cancel', { id: a.id, version: a.version, reason: '账号已停止运营' }, 'owner')
  expect(failure(await env.call(applicant, 'transfer-start', { id: a.id, version: c.version, toName: '某公司' }, 'owner'))).toContain('已注销')
  // An open supervision case holds it too, and the owner's screen says why.
  const b = await approved(env)
  await env.ok(staff, 'case-open', { filingId: b.id, summary: '发布未经核实的本地信息' }, 'reviewer')
  expect(failure(await env.call(applicant, 'transfer-start', { id: b.id, version: b.version, toName: '某公司' }, 'owner'))).toContain('未结的监管案件')
  expect((await env.ok<Section>(applicant, 'managers', { id: b.id }, 'owner')).transfer?.blocked).toContain('未结的监管案件')
})

test('when the filing changes after the code was issued, or the owner tries their own code, then accepting is refused', async () => {
  const f = await filedWithColleague()
  const s = await start(f.id, f.version)
  expect(failure(await env.call(applicant, 'transfer-accept', { code: s.code }, 'owner'))).toContain('不能接收自己转让的备案')
  // An amendment submitted after the code was given out: the code can no longer be used.
  const detail = await env.ok<{ content: Record<string, unknown>; version: number }>(applicant, 'get-filing', { id: f.id }, 'owner')
  const content = { ...detail.content, subject: { ...(detail.content.subject as object), phone: '13900139000' } }
  await env.ok(applicant, 'amend', { id: f.id, version: detail.version, requestId: requestId(), content }, 'owner')
  expect(failure(await env.call(applicant, 'transfer-preview', { code: s.code }, 'other'))).toContain('变更正在办理')
  expect(failure(await env.call(applicant, 'transfer-accept', { code: s.code }, 'other'))).toContain('变更正在办理')
  // The owner left and the colleague owns it now: the old owner's code is dead.
  const g = await filedWithColleague()
  const t = await start(g.id, g.version)
  const list = await env.ok<{ version: number; items: Array<{ memberId: string; owner: boolean }> }>(applicant, 'managers', { id: g.id }, 'owner')
  await env.ok(applicant, 'manager-remove', { id: g.id, version: list.version, memberId: list.items.find((m) => m.owner)!.memberId }, 'owner')
  expect(failure(await as(THIRD_PARTY, 'transfer-accept', { code: t.code }))).toContain('所有人已变更')
  expect((await env.rt.store.filings.get(g.id))?.ownerOpenid).toBe(COLLEAGUE)
})

const THIRD_PARTY = 'oThirdParty00000000000000000010'

test('when hostile or malformed input is sent, then it is refused in Chinese naming the field, and the database is unchanged', async () => {
  const f = await filedWithColleague()
  await start(f.id, f.version)
  const before = fingerprint()
  const cases: Array<[string, unknown, string]> = [
    ['transfer-start', { id: f.id, version: f.version + 1, toName: '' }, '接收方名称'],
    ['transfer-start', { id: f.id, version: f.version + 1, toName: 'x'.repeat(61) }, '接收方名称'],
    ['transfer-start', { id: f.id, version: f.version + 1, toName: '某公司', ownerOpenid: NEWCO }, ''],
    ['transfer-start', { id: f.id, version: 'one', toName: '某公司' }, '版本号'],
    ['transfer-cancel', { id: 42 }, '备案编号'],
    ['transfer-preview', { code: '<script>' }, '转让码'],
    ['transfer-accept', { code: "' OR 1=1 --" }, '转让码'],
    ['transfer-accept', {}, '转让码'],
    ['code-preview', { code: '' }, '邀请码']
  ]
  for (const [action, input, field] of cases) {
    const r = await env.call(applicant, action, input, 'other')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain(field)
  }
  // A stale version from the owner is a conflict, not a second code.
  expect(failure(await env.call(applicant, 'transfer-start', { id: f.id, version: f.version, toName: '某公司' }, 'owner'))).toContain('conflict')
  expect(fingerprint()).toBe(before)
})

test('when a co-manager code is typed in the join box, then code-preview says so and joining still works', async () => {
  const d = await draftOf(env)
  const { code } = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: d.id, name: '李小红' }, 'owner')
  expect(await ok(COLLEAGUE, 'code-preview', { code })).toEqual({ kind: 'manager' })
  await ok(COLLEAGUE, 'manager-join', { code })
  expect(failure(await as(THIRD_PARTY, 'code-preview', { code: 'NOSUCH99' }))).toContain('邀请码无效或已被使用')
})
