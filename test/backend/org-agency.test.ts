/**
 * Agency (委托代理, issue 12 §7): an agency files for a principal with an authorisation letter; the
 * principal confirms in their own WeChat with a one-time code before the office may approve.
 * Through `main` on the real SQLite store (only WeChat's send API is replaced, by the local inbox).
 */
import { AGENCY, agencySubmitted, applicant, applicantAs, applicantOkAs, requestId, staff } from './support/flows'
import { completeIndividual } from './support/factories'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'
import { main as systemFn } from '../../cloudfunctions/system/index'
import type { ActionResult } from '../../backend/errors'

const PRINCIPAL = 'oPrincipal000000000000000009'
const STRANGER = 'oStranger00000000000000000007'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const as = applicantAs
const ok = applicantOkAs
const failure = (r: ActionResult<unknown>) => (r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`)

const agencyFiling = () => agencySubmitted(env)

const approve = (id: string, version: number) => env.call(staff, 'decide', { id, version, decision: { decision: 'approve' } }, 'reviewer')

test('when an agency files, then staff cannot approve until the principal confirms in their own WeChat, and the queue says 待委托方确认', async () => {
  const s = await agencyFiling()
  const queue = await env.ok<{ items: Array<{ id: string; statusLabel: string; awaitingPrincipal: boolean }> }>(staff, 'queue', {}, 'reviewer')
  expect(queue.items.find((i) => i.id === s.id)).toMatchObject({ statusLabel: '待委托方确认', awaitingPrincipal: true })
  // The review screen: the agency, the letter and the confirmation, and no 审核通过 on offer yet.
  type Review = { availableActions: string[]; principal: { label: string; at: string | null } | null; content: { agency?: unknown; documents: Array<{ kind: string; fileId: string }> }; documentLinks: Record<string, string>; registrationForm: { form: { agency: Array<{ value: string }> | null } } | null }
  const review = await env.ok<Review>(staff, 'get', { id: s.id }, 'reviewer')
  expect(review.content.agency).toEqual(AGENCY)
  // The 登记备案表 frozen at submission names the agency too.
  expect(review.registrationForm?.form.agency?.map((l) => l.value)).toEqual([AGENCY.name, AGENCY.contact, AGENCY.phone])
  const letter = review.content.documents.find((d) => d.kind === 'authorisation_letter')
  expect(review.documentLinks[letter!.fileId]).toBeTruthy()
  expect(review.principal).toMatchObject({ label: '待委托方确认', at: null })
  expect(review.availableActions).not.toContain('approve')
  expect(review.availableActions).toContain('return')
  const early = await approve(s.id, s.version)
  expect(failure(early)).toContain('委托方尚未确认委托')
  expect((await env.rt.store.filings.get(s.id))?.status).toBe('submitted')

  const { code } = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  const seen = await ok<{ subjectName: string; subjectId: string; agency: { name: string; phone: string }; accounts: Array<{ name: string }> }>(PRINCIPAL, 'agency-preview', { code })
  expect(seen.agency).toMatchObject({ name: AGENCY.name, phone: '139****5678' })
  expect(seen.subjectId).not.toContain('199001011230')
  expect(seen.subjectId).toMatch(/\*/)
  expect(seen.accounts.map((a) => a.name)).toEqual(['开平美食探店'])
  // The agent cannot confirm for the principal with their own WeChat.
  expect(failure(await as(OPENID.owner, 'agency-confirm', { code }))).toContain('委托方本人')
  await ok(PRINCIPAL, 'agency-confirm', { code })

  const rec = await env.rt.store.filings.get(s.id)
  expect(rec?.principal).toMatchObject({ status: 'confirmed', openid: PRINCIPAL, at: env.clock.now.toISOString() })
  const trail = await env.rt.store.audit.listByFiling(s.id)
  expect(trail.find((a) => a.action === 'agency-confirm')).toMatchObject({ actorOpenid: PRINCIPAL })
  // The principal sees the filing afterwards, as its 委托方 manager.
  const mine = await ok<{ items: Array<{ id: string }> }>(PRINCIPAL, 'list-mine', {})
  expect(mine.items.map((i) => i.id)).toEqual([s.id])
  const managers = await ok<{ items: Array<{ name: string; you: boolean }> }>(PRINCIPAL, 'managers', { id: s.id })
  expect(managers.items.find((m) => m.you)?.name).toBe('委托方')

  const confirmed = await env.ok<Review>(staff, 'get', { id: s.id }, 'reviewer')
  expect(confirmed.principal).toMatchObject({ label: '委托方已确认', at: env.clock.now.toISOString() })
  expect(confirmed.availableActions).toContain('approve')
  const after = await env.ok<{ status: string; filingNumber: string }>(staff, 'decide', { id: s.id, version: rec!.version, decision: { decision: 'approve' } }, 'reviewer')
  expect(after.status).toBe('approved')
})

test('when a wrong, expired, used or replaced code is tried, then nothing is confirmed', async () => {
  const s = await agencyFiling()
  expect(failure(await as(PRINCIPAL, 'agency-confirm', { code: 'ZZZZ9999' }))).toContain('确认码无效或已被使用')
  const first = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  const second = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  // A new code replaces the old one.
  expect(failure(await as(PRINCIPAL, 'agency-confirm', { code: first.code }))).toContain('确认码无效或已失效')
  env.clock.advanceDays(8)
  expect(failure(await as(PRINCIPAL, 'agency-preview', { code: second.code }))).toContain('确认码已过期')
  expect(failure(await as(PRINCIPAL, 'agency-confirm', { code: second.code }))).toContain('确认码已过期')
  const third = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  await ok(PRINCIPAL, 'agency-confirm', { code: third.code })
  expect(failure(await as(STRANGER, 'agency-confirm', { code: third.code }))).toContain('确认码无效或已被使用')
  expect((await env.rt.store.filings.get(s.id))?.principal?.openid).toBe(PRINCIPAL)
})

test('when a stranger has no code, then they can neither read nor confirm the filing nor make a code', async () => {
  const s = await agencyFiling()
  for (const [action, input] of [['get-filing', { id: s.id }], ['agency-code', { id: s.id }]] as const) {
    expect(failure(await as(STRANGER, action, input))).toMatch(/^forbidden/)
  }
  expect((await ok<{ items: unknown[] }>(STRANGER, 'list-mine', {})).items).toEqual([])
  const before = await env.rt.store.filings.get(s.id)
  expect(before?.principal?.status).toBe('pending')
  expect(before?.version).toBe(s.version)
})

test('when the principal refuses with a reason, then the filing returns to the agent with it and a resubmission asks again', async () => {
  const s = await agencyFiling()
  const { code } = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  const blank = await as(PRINCIPAL, 'agency-refuse', { code, reason: ' ' })
  expect(failure(blank)).toContain('请填写拒绝原因')
  await ok(PRINCIPAL, 'agency-refuse', { code, reason: '账号名称写错了，应为开平美食' })
  const got = await env.ok<{ status: string; version: number; returnReasons: Array<{ field: string; reason: string }>; awaitingPrincipal: boolean }>(applicant, 'get-filing', { id: s.id }, 'owner')
  expect(got.status).toBe('returned')
  expect(got.returnReasons).toEqual([expect.objectContaining({ field: 'agency', reason: '委托方拒绝确认：账号名称写错了，应为开平美食' })])
  // The principal who refused does not become a manager.
  expect(failure(await as(PRINCIPAL, 'get-filing', { id: s.id }))).toMatch(/^forbidden/)
  const again = await env.ok<{ status: string; version: number }>(applicant, 'resubmit', { id: s.id, version: got.version, requestId: requestId() }, 'owner')
  expect(again.status).toBe('submitted')
  expect((await env.rt.store.filings.get(s.id))?.principal?.status).toBe('pending')
  expect(failure(await approve(s.id, again.version))).toContain('委托方尚未确认委托')
})

test('when the principal refuses, then the agent is told as by a return (the 补正提醒 against the consent given at submit); a confirmation spends nothing', async () => {
  const s = await agencySubmitted(env, OPENID.owner, env.accept('owner'))
  const { code } = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  await ok(PRINCIPAL, 'agency-refuse', { code, reason: '账号名称写错了' })
  await env.ok(systemFn, 'tick', {}, 'admin')
  const fixBy = (await env.rt.store.filings.get(s.id))?.fixBy
  const inbox = await env.rt.inbox.list()
  expect(inbox).toEqual([expect.objectContaining({ status: 'delivered', openid: OPENID.owner, templateId: TEMPLATE.fix })])
  expect(inbox[0].data).toMatchObject({ thing2: { value: '需修改1项：委托代理' }, date3: { value: fixBy } })

  // Resubmitted (asking again) and confirmed: no message for the principal's yes; the approval still has its credit.
  const told = (await env.rt.inbox.list()).length
  const got = await env.ok<{ version: number }>(applicant, 'get-filing', { id: s.id }, 'owner')
  const again = await env.ok<{ version: number }>(applicant, 'resubmit', { id: s.id, version: got.version, requestId: requestId(), subscribed: env.accept('owner') }, 'owner')
  const next = await env.ok<{ code: string }>(applicant, 'agency-code', { id: s.id }, 'owner')
  await ok(PRINCIPAL, 'agency-confirm', { code: next.code })
  await env.ok(systemFn, 'tick', {}, 'admin')
  expect((await env.rt.inbox.list()).length).toBe(told)
  await env.ok(staff, 'decide', { id: s.id, version: again.version + 2, decision: { decision: 'approve' } }, 'reviewer')
  await env.ok(systemFn, 'tick', {}, 'admin')
  expect((await env.rt.inbox.list()).map((m) => m.templateId)).toEqual([TEMPLATE.result, TEMPLATE.fix])
})

test('when the agent fields are bad or the letter is missing, then submission names the field in Chinese and nothing is submitted', async () => {
  const base = await completeIndividual(env.rt, OPENID.owner)
  const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content: { ...base, agency: { name: '', contact: '陈代理', phone: '12345' } } }, 'owner')
  const r = await env.call(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId() }, 'owner')
  expect(r.ok).toBe(false)
  const fields = r.ok ? {} : ((r.error as { fields?: Record<string, string> }).fields ?? {})
  expect(fields['agency.name']).toContain('代理机构名称')
  expect(fields['agency.phone']).toContain('代理机构联系人手机号码应为11位')
  expect(fields['documents.authorisation_letter']).toContain('授权委托书')
  expect((await env.rt.store.filings.get(d.id))?.status).toBe('draft')
})
