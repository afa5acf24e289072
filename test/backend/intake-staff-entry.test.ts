/**
 * Staff entry (代录入) and claiming, through `main` on the real SQLite store: the entry is
 * validated like a submission, scans go through the real upload and ingest, a second staff member
 * decides, the owner claims with a code or with the old number and identity, then amends.
 */
import type { DraftContent } from '../../backend/core'
import { applicant, requestId, staff, submitted } from './support/flows'
import { completeIndividual, selfMedia } from './support/factories'
import { paperCompany as supportPaperCompany, PAPER_USCC } from './support/intake'
import { makeEnv, OPENID, type TestEnv, type Who } from './support/env'
import { legacyRow, legacyWorkbook, residentId, uploadWorkbook } from './support/legacy'

jest.setTimeout(60_000)

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const USCC = PAPER_USCC
const paperCompany = (who: Exclude<Who, 'anonymous'> = 'reviewer', over: Partial<DraftContent> = {}) => supportPaperCompany(env, OPENID[who], over)

type Entered = { id: string; status: string; version: number; replayed: boolean }
const enter = async (content: DraftContent, who: Who = 'reviewer', req = requestId()) => env.ok<Entered>(staff, 'staff-entry', { content, channel: 'paper', receivedOn: '2024-03-01', requestId: req }, who)

describe('staff entry (代录入)', () => {
  it('when a reviewer enters a paper filing, then it is in review with its channel, and the enterer cannot decide it but a second reviewer can', async () => {
    const content = await paperCompany()
    const req = requestId()
    const e = await enter(content, 'reviewer', req)
    expect(e).toMatchObject({ status: 'submitted', replayed: false })
    // A retried tap replays; nothing is entered twice.
    expect(await enter(content, 'reviewer', req)).toMatchObject({ id: e.id, replayed: true })
    const rec = await env.rt.store.filings.get(e.id)
    expect(rec).toMatchObject({ ownerOpenid: '', intake: { channel: 'paper', enteredBy: OPENID.reviewer, receivedOn: '2024-03-01' } })
    expect((await env.rt.store.audit.listByFiling(e.id)).map((a) => [a.action, a.detail.channel])).toEqual([['staff-entry', 'paper']])

    const own = await env.call(staff, 'decide', { id: e.id, version: e.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(own).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('代为录入') } })
    const queue = await env.ok<{ items: Array<{ id: string; recusal: string | null }> }>(staff, 'queue', {}, 'reviewer')
    expect(queue.items.find((i) => i.id === e.id)?.recusal).toBe('enterer')
    const decided = await env.ok<{ status: string; filingNumber: string }>(staff, 'decide', { id: e.id, version: e.version, decision: { decision: 'approve' } }, 'reviewer2')
    expect(decided).toMatchObject({ status: 'approved', filingNumber: expect.stringMatching(/^开网备2024/) })
  })

  it('when the entry has a problem or an account already filed, then staff get per-field Chinese messages and nothing is written', async () => {
    const same = { accounts: [selfMedia({ accountId: 'paper-same', accountName: '开平纸质号' })] }
    const content = await paperCompany('reviewer', same)
    const bad = await env.call(staff, 'staff-entry', { content: { ...content, accounts: [selfMedia({ accountId: 'x', followers: -3 })] }, channel: 'paper', receivedOn: '2024-03-01', requestId: requestId() }, 'reviewer')
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'accounts.0.followers': expect.any(String) } } })
    const noChannel = await env.call(staff, 'staff-entry', { content, channel: 'fax', receivedOn: '2024-03-01', requestId: requestId() }, 'reviewer')
    expect(noChannel).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('材料来源') } })
    await enter(content)
    const twice = await env.call(staff, 'staff-entry', { content: await paperCompany('reviewer2', same), channel: 'email', receivedOn: '2024-03-01', requestId: requestId() }, 'reviewer2')
    expect(twice).toMatchObject({ ok: false, error: { code: 'duplicate' } })
    expect((await env.rt.store.filings.stats(['submitted'])).total).toBe(1)
  })

  it('when the scans are not the staff member\'s own stored documents, then the entry is refused', async () => {
    const content = await paperCompany('reviewer2')
    const res = await env.call(staff, 'staff-entry', { content, channel: 'in_person', receivedOn: '2024-03-01', requestId: requestId() }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('不是您本人上传') } })
  })
})

describe('claim codes', () => {
  it('when staff issue a code and the owner claims it with the right credit code, then the filing is theirs; the code cannot be used again', async () => {
    const e = await enter(await paperCompany())
    const { code } = await env.ok<{ code: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer')
    const wrongIdentity = await env.call(applicant, 'claim-filing', { code, identity: '91440783MA00000000' }, 'owner')
    expect(wrongIdentity).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('不一致') } })
    const claimed = await env.ok<{ id: string; status: string }>(applicant, 'claim-filing', { code: code.toLowerCase(), identity: ` ${USCC.toLowerCase()} ` }, 'owner')
    expect(claimed).toMatchObject({ id: e.id, status: 'submitted' })
    const mine = await env.ok<{ items: Array<{ id: string }> }>(applicant, 'list-mine', {}, 'owner')
    expect(mine.items.map((i) => i.id)).toContain(e.id)
    const again = await env.call(applicant, 'claim-filing', { code, identity: USCC }, 'other')
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringContaining('已被使用') } })
    expect((await env.rt.store.audit.listByFiling(e.id)).map((a) => a.action)).toEqual(['staff-entry', 'claim-code-issue', 'claim'])
  })

  it('when a code is expired, revoked or replaced by a new one, then it is refused with a clear message', async () => {
    const e = await enter(await paperCompany())
    const first = await env.ok<{ code: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer')
    const second = await env.ok<{ code: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer2')
    expect(await env.call(applicant, 'claim-filing', { code: first.code, identity: USCC }, 'owner')).toMatchObject({ ok: false, error: { message: expect.stringContaining('无效') } })
    await env.ok(staff, 'claim-code-revoke', { id: e.id }, 'reviewer')
    expect(await env.call(applicant, 'claim-filing', { code: second.code, identity: USCC }, 'owner')).toMatchObject({ ok: false, error: { message: expect.stringContaining('无效') } })
    const third = await env.ok<{ code: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer')
    env.clock.advanceDays(31)
    expect(await env.call(applicant, 'claim-filing', { code: third.code, identity: USCC }, 'other')).toMatchObject({ ok: false, error: { message: expect.stringContaining('已过期') } })
  })

  it('when a claim code is given as a staff invite, then it makes nobody staff', async () => {
    const e = await enter(await paperCompany())
    const { code } = await env.ok<{ code: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer')
    const res = await env.call(applicant, 'redeem-invite', { code, idNumber: residentId(5), mobile: '13700137000' }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await env.rt.store.staff.get(OPENID.owner)).toBeNull()
  })

  it('when someone keeps guessing, then claims are throttled after five tries a day', async () => {
    for (let i = 0; i < 5; i++) await env.call(applicant, 'claim-filing', { filingNumber: `KP-OLD-9${i}`, identity: USCC }, 'other')
    const sixth = await env.call(applicant, 'claim-filing', { filingNumber: 'KP-OLD-99', identity: USCC }, 'other')
    expect(sixth).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringContaining('明天') } })
  })
})

describe('the review screen\'s intake block', () => {
  it('when staff open an entered filing, then they see its channel, who entered it and whether a claim code is live; the code itself is never shown again', async () => {
    const e = await enter(await paperCompany())
    type Got = { intake: { channel: string; channelLabel: string; enteredByName: string | null; receivedOn: string | null; claimed: boolean; claimCodeExpiresAt: string | null } | null; recusalMessage: string | null }
    const first = await env.ok<Got>(staff, 'get', { id: e.id }, 'reviewer2')
    expect(first.intake).toMatchObject({ channel: 'paper', channelLabel: '纸质材料（邮寄）', receivedOn: '2024-03-01', claimed: false, claimCodeExpiresAt: null })
    expect(first.recusalMessage).toBeNull()
    const mine = await env.ok<Got>(staff, 'get', { id: e.id }, 'reviewer')
    expect(mine.recusalMessage).toContain('代为录入')
    const issued = await env.ok<{ code: string; expiresAt: string }>(staff, 'claim-code-issue', { id: e.id }, 'reviewer2')
    const live = await env.ok<Got>(staff, 'get', { id: e.id }, 'reviewer2')
    expect(live.intake?.claimCodeExpiresAt).toBe(issued.expiresAt)
    expect(JSON.stringify(live)).not.toContain(issued.code)
    await env.ok(staff, 'claim-code-revoke', { id: e.id }, 'reviewer2')
    expect((await env.ok<Got>(staff, 'get', { id: e.id }, 'reviewer2')).intake?.claimCodeExpiresAt).toBeNull()
  })

  it('when staff open a filing the applicant typed in, then there is no intake block', async () => {
    const own = await submitted(env)
    expect((await env.ok<{ intake: unknown }>(staff, 'get', { id: own.id }, 'reviewer')).intake).toBeNull()
  })
})

describe('claim then amend (原来备案过，备案信息有更改)', () => {
  it('when an operator claims an imported filing by its old number and ID number and amends it, then the amendment is reviewed while the old number stays valid', async () => {
    const fileId = await uploadWorkbook(env.rt, OPENID.admin, await legacyWorkbook([legacyRow(7), legacyRow(8)]))
    await env.ok(staff, 'legacy-import', { fileId, confirm: true }, 'admin')
    // A wrong identity and an unknown number answer alike: the register cannot be probed.
    const wrong = await env.call(applicant, 'claim-filing', { filingNumber: 'KP-OLD-00007', identity: residentId(8) }, 'owner')
    const unknown = await env.call(applicant, 'claim-filing', { filingNumber: 'KP-OLD-77777', identity: residentId(7) }, 'owner')
    expect(wrong).toEqual(unknown)
    // The notice says what happened once; the two fields only point at what to check.
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringContaining('不一致'), fields: { filingNumber: '请核对原备案号', identity: '请核对证件号码' } } })
    const claimed = await env.ok<{ id: string; version: number; filingNumber: string; status: string }>(applicant, 'claim-filing', { filingNumber: 'KP-OLD-00007', identity: residentId(7).toLowerCase() }, 'owner')
    expect(claimed).toMatchObject({ filingNumber: 'KP-OLD-00007', status: 'approved' })
    const byOther = await env.call(applicant, 'claim-filing', { filingNumber: 'KP-OLD-00007', identity: residentId(7) }, 'other')
    expect(byOther).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('已被认领') } })

    const view = await env.ok<{ content: DraftContent }>(applicant, 'get-filing', { id: claimed.id }, 'owner')
    expect(view.content.subject).toMatchObject({ idNumber: residentId(7) })
    // The old register had no photos: the amendment brings them, with the changed follower count.
    const photos = await completeIndividual(env.rt, OPENID.owner)
    const content = { ...view.content, accounts: [{ ...view.content.accounts![0], followers: 25000 }], documents: photos.documents, commitment: photos.commitment }
    const amended = await env.ok<{ status: string }>(applicant, 'amend', { id: claimed.id, version: claimed.version, requestId: requestId(), content }, 'owner')
    expect(amended).toMatchObject({ status: 'amending' })
    const rec = await env.rt.store.filings.get(claimed.id)
    expect(rec).toMatchObject({ ownerOpenid: OPENID.owner, filingNumber: 'KP-OLD-00007', status: 'amending' })
    const approvedAgain = await env.ok<{ status: string; filingNumber: string }>(staff, 'decide', { id: claimed.id, version: rec!.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(approvedAgain).toMatchObject({ status: 'approved', filingNumber: 'KP-OLD-00007' })
  })
})
