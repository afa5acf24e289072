/**
 * Every action × every kind of caller. Each cell arranges its own fresh filing, so a
 * successful call in one cell cannot change the outcome of another.
 */
import { main as publicFn } from '../../cloudfunctions/public/index'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, approved, draftOf, pendingInviteId, requestId, returned, staff, submitted } from './support/flows'
import { individualDraft, STAFF_IDENTITY } from './support/factories'
import { makeEnv, OPENID, type Main, type TestEnv, type Who } from './support/env'

type Code = 'ok' | 'unauthenticated' | 'forbidden'
type Row = { fn: Main; name: string; action: string; arrange: (env: TestEnv) => Promise<unknown>; expect: Record<Who, Code> }

const OWN: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'ok', other: 'forbidden', reviewer: 'forbidden', reviewer2: 'forbidden', admin: 'forbidden' }
const SIGNED: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'ok', other: 'ok', reviewer: 'ok', reviewer2: 'ok', admin: 'ok' }
const STAFF: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'forbidden', other: 'forbidden', reviewer: 'ok', reviewer2: 'ok', admin: 'ok' }
const ADMIN: Record<Who, Code> = { ...STAFF, reviewer: 'forbidden', reviewer2: 'forbidden' }
const ANYONE: Record<Who, Code> = { ...SIGNED, anonymous: 'ok' }

const v = async (p: Promise<{ id: string; version: number }>) => {
  const r = await p
  return { id: r.id, version: r.version }
}

const rows: Row[] = [
  { fn: applicant, name: 'applicant', action: 'whoami', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'save-draft (new)', arrange: async () => ({ content: individualDraft() }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'save-draft', arrange: async (e) => ({ ...(await v(draftOf(e))), content: individualDraft() }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'submit', arrange: async (e) => ({ ...(await v(draftOf(e))), requestId: requestId() }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'withdraw', arrange: async (e) => v(submitted(e)), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'resubmit', arrange: async (e) => ({ ...(await v(returned(e))), requestId: requestId() }), expect: OWN },
  {
    fn: applicant,
    name: 'applicant',
    action: 'amend',
    arrange: async (e) => {
      const a = await approved(e)
      const content = (await e.ok<{ content: unknown }>(applicant, 'get-filing', { id: a.id }, 'owner')).content
      return { id: a.id, version: a.version, requestId: requestId(), content }
    },
    expect: OWN
  },
  { fn: applicant, name: 'applicant', action: 'cancel', arrange: async (e) => v(approved(e)), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'delete-draft', arrange: async (e) => v(draftOf(e)), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'get-filing', arrange: async (e) => ({ id: (await draftOf(e)).id }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'list-mine', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'upload-location', arrange: async (e) => ({ filingId: (await draftOf(e)).id, kind: 'id_front' }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'upload-location (new)', arrange: async () => ({ kind: 'id_front' }), expect: SIGNED },
  {
    fn: applicant,
    name: 'applicant',
    action: 'redeem-invite',
    arrange: async (e) => ({ code: (await e.ok<{ code: string }>(staff, 'staff-invite', { name: '王审核' }, 'admin')).code, ...STAFF_IDENTITY }),
    expect: SIGNED
  },
  { fn: staff, name: 'staff', action: 'whoami', arrange: async () => ({}), expect: SIGNED },
  { fn: staff, name: 'staff', action: 'queue', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'queue-counts', arrange: async () => ({ q: '开平' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'get', arrange: async (e) => ({ id: (await submitted(e)).id }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'reveal', arrange: async (e) => ({ id: (await submitted(e)).id, field: 'subject.idNumber' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'decide', arrange: async (e) => ({ ...(await v(submitted(e))), decision: { decision: 'approve' } }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'stats', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'reports', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'cancel', arrange: async (e) => ({ ...(await v(approved(e))), reason: '账号已注销' }), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'export', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'export (full)', arrange: async () => ({ full: true }), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'staff-list', arrange: async () => ({}), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'staff-invite', arrange: async () => ({ name: '李审核' }), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'staff-invite-revoke', arrange: async (e) => ({ id: await pendingInviteId(e) }), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'staff-remove', arrange: async () => ({ openid: OPENID.reviewer2 }), expect: ADMIN },
  { fn: publicFn, name: 'public', action: 'lookup', arrange: async () => ({ filingNumber: '开网备2024000001' }), expect: ANYONE },
  { fn: publicFn, name: 'public', action: 'office-status', arrange: async () => ({}), expect: ANYONE },
  { fn: publicFn, name: 'public', action: 'report', arrange: async () => ({ platform: 'douyin', accountName: '某账号', reason: '未备案' }), expect: SIGNED },
  { fn: systemFn, name: 'system', action: 'tick', arrange: async () => ({}), expect: { ...ADMIN, reviewer: 'forbidden', reviewer2: 'forbidden' } },
  { fn: systemFn, name: 'system', action: 'dispatch-outbox', arrange: async () => ({}), expect: { ...ADMIN } },
  { fn: systemFn, name: 'system', action: 'purge', arrange: async () => ({}), expect: { ...ADMIN } }
]

const WHO: Who[] = ['anonymous', 'owner', 'other', 'reviewer', 'admin']
const cells = rows.flatMap((r) => WHO.map((who) => [r.name, r.action, who, r.expect[who], r] as const))

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

it.each(cells)('when %s/%s is called by %s, then the outcome is %s', async (_fn, action, who, expected, row) => {
  const input = await row.arrange(env)
  const res = await env.call(row.fn, action.replace(/ \(.*\)$/, ''), input, who)
  if (expected === 'ok') expect(res).toMatchObject({ ok: true })
  else expect(res).toMatchObject({ ok: false, error: { code: expected, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
})
