/**
 * Co-managers (issue 12 §7): a filing is managed by a list of people, not one employee's WeChat.
 * Through `main` on the real SQLite store: the owner invites by a one-time code, the colleague joins
 * and works on the filing, the owner removes them (access ends at the next call), the last manager
 * cannot leave, a stranger never sees the filing, and every change is audited.
 */
import { applicant, applicantAs, applicantOkAs, draftOf, requestId, submitted } from './support/flows'
import { completeIndividual, uploadDoc } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'

const COLLEAGUE = 'oColleague0000000000000000006'
const STRANGER = 'oStranger00000000000000000007'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const as = applicantAs
const ok = applicantOkAs

type Managers = { version: number; youOwn: boolean; items: Array<{ memberId: string; name: string; owner: boolean; you: boolean }> }

async function withColleague(): Promise<{ id: string }> {
  const d = await draftOf(env)
  const { code } = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: d.id, name: '李小红' }, 'owner')
  await ok(COLLEAGUE, 'manager-join', { code })
  return { id: d.id }
}

test('when the owner invites a colleague by code and they join, then the colleague sees, edits and submits the filing', async () => {
  const { id } = await withColleague()
  const mine = await ok<{ items: Array<{ id: string }> }>(COLLEAGUE, 'list-mine', {})
  expect(mine.items.map((i) => i.id)).toEqual([id])
  const list = await ok<Managers>(COLLEAGUE, 'managers', { id })
  expect(list.youOwn).toBe(false)
  expect(list.items.map((m) => [m.name, m.owner, m.you])).toEqual([['', true, false], ['李小红', false, true]])
  // The colleague finishes the draft with a photo of their own beside the owner's.
  const got = await ok<{ version: number; content: Record<string, unknown> }>(COLLEAGUE, 'get-filing', { id })
  const content = await completeIndividual(env.rt, OPENID.owner)
  content.documents = [...(content.documents ?? []).filter((d) => d.kind !== 'signature'), { kind: 'signature', fileId: await uploadDoc(env.rt, COLLEAGUE, 'signature'), source: 'drawn' as const }]
  const saved = await ok<{ version: number }>(COLLEAGUE, 'save-draft', { id, version: got.version, content })
  const sent = await ok<{ status: string }>(COLLEAGUE, 'submit', { id, version: saved.version, requestId: requestId() })
  expect(sent.status).toBe('submitted')
  const trail = await env.rt.store.audit.listByFiling(id)
  expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['manager-invite', 'manager-join', 'submit']))
})

test('when the owner removes a co-manager, then that person loses access at once and the filing leaves their list', async () => {
  const { id } = await withColleague()
  const list = await env.ok<Managers>(applicant, 'managers', { id }, 'owner')
  const colleague = list.items.find((m) => !m.owner)!
  const removed = await env.ok<{ left: boolean }>(applicant, 'manager-remove', { id, version: list.version, memberId: colleague.memberId }, 'owner')
  expect(removed.left).toBe(false)
  for (const [action, input] of [['get-filing', { id }], ['managers', { id }], ['manager-invite', { id, name: '王五' }]] as const) {
    const r = await as(COLLEAGUE, action, input)
    expect(r.ok ? 'ok' : r.error.code).toBe('forbidden')
  }
  expect((await ok<{ items: unknown[] }>(COLLEAGUE, 'list-mine', {})).items).toEqual([])
  const trail = await env.rt.store.audit.listByFiling(id)
  expect(trail.find((a) => a.action === 'manager-remove')?.detail).toMatchObject({ name: '李小红' })
})

test('when a stranger or a used code is tried, then the filing stays hidden and nothing changes', async () => {
  const d = await draftOf(env)
  for (const [action, input] of [['get-filing', { id: d.id }], ['managers', { id: d.id }], ['manager-invite', { id: d.id, name: '王五' }]] as const) {
    const r = await as(STRANGER, action, input)
    expect(r.ok ? 'ok' : r.error.code).toBe('forbidden')
  }
  expect((await ok<{ items: unknown[] }>(STRANGER, 'list-mine', {})).items).toEqual([])
  const { code } = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: d.id, name: '李小红' }, 'owner')
  await ok(COLLEAGUE, 'manager-join', { code })
  const again = await as(STRANGER, 'manager-join', { code })
  expect(again.ok ? 'ok' : again.error.message).toContain('邀请码无效或已被使用')
  // A co-manager code is no staff invite, and a staff code joins no filing.
  const second = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: d.id, name: '王五' }, 'owner')
  const asStaff = await as(STRANGER, 'redeem-invite', { code: second.code, idNumber: '440783198803150027', mobile: '13600136000' })
  expect(asStaff.ok ? 'ok' : asStaff.error.code).toBe('invalid_input')
  expect(await env.rt.store.staff.get(STRANGER)).toBeNull()
  expect((await env.ok<Managers>(applicant, 'managers', { id: d.id }, 'owner')).items).toHaveLength(2)
})

test('when only a co-manager may not invite or remove others, and the last manager cannot leave', async () => {
  const { id } = await withColleague()
  const byColleague = await as(COLLEAGUE, 'manager-invite', { id, name: '王五' })
  expect(byColleague.ok ? 'ok' : byColleague.error.message).toContain('只有备案的所有人可以邀请')
  const list = await ok<Managers>(COLLEAGUE, 'managers', { id })
  const owner = list.items.find((m) => m.owner)!
  const kick = await as(COLLEAGUE, 'manager-remove', { id, version: list.version, memberId: owner.memberId })
  expect(kick.ok ? 'ok' : kick.error.message).toContain('只有备案的所有人可以移除其他管理人')
  // The owner leaves: the colleague becomes the owner and is then the last one, who cannot leave.
  const left = await env.ok<{ version: number; left: boolean }>(applicant, 'manager-remove', { id, version: list.version, memberId: owner.memberId }, 'owner')
  expect(left.left).toBe(true)
  const now = await ok<Managers>(COLLEAGUE, 'managers', { id })
  expect(now.youOwn).toBe(true)
  expect((await env.rt.store.filings.get(id))?.ownerOpenid).toBe(COLLEAGUE)
  const last = await as(COLLEAGUE, 'manager-remove', { id, version: now.version, memberId: now.items[0].memberId })
  expect(last.ok ? 'ok' : last.error.message).toContain('唯一的管理人，不能退出')
  expect((await env.rt.store.filings.get(id))?.version).toBe(now.version)
})

test('when a co-manager is also a reviewer, then they may not decide the filing (separation of duties)', async () => {
  const s = await submitted(env)
  const f = await env.rt.store.filings.get(s.id)
  await env.rt.store.filings.replaceIfVersion({ ...f!, managers: [{ openid: OPENID.owner, name: '', addedAt: f!.createdAt, addedBy: OPENID.owner }, { openid: OPENID.reviewer, name: '审核员一', addedAt: f!.createdAt, addedBy: OPENID.owner }], version: f!.version + 1 }, f!.version)
  const { main: staffFn } = await import('../../cloudfunctions/staff/index')
  const r = await env.call(staffFn, 'decide', { id: s.id, version: s.version + 1, decision: { decision: 'approve' } }, 'reviewer')
  expect(r.ok ? 'ok' : r.error.code).toBe('forbidden')
})

test('when an expired code is redeemed, then it is refused and the filing keeps its managers', async () => {
  const d = await draftOf(env)
  const { code } = await env.ok<{ code: string }>(applicant, 'manager-invite', { id: d.id, name: '李小红' }, 'owner')
  env.clock.advanceDays(8)
  const r = await as(COLLEAGUE, 'manager-join', { code })
  expect(r.ok ? 'ok' : r.error.message).toContain('邀请码已过期')
  expect((await env.ok<Managers>(applicant, 'managers', { id: d.id }, 'owner')).items).toHaveLength(1)
})
