/**
 * Every action × every kind of caller. Each cell arranges its own fresh filing, so a
 * successful call in one cell cannot change the outcome of another.
 */
import { main as publicFn } from '../../cloudfunctions/public/index'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { agencySubmitted, applicant, approved, bulkFile, draftOf, managerCode, pendingInviteId, principalCode, profileChange, profileSyncInput, requestId, returned, savedProfile, staff, submitted, THIRD, transferCode, withThirdManager } from './support/flows'
import { individualDraft, STAFF_IDENTITY } from './support/factories'
import { makeEnv, OPENID, type Main, type TestEnv, type Who } from './support/env'
import { attach, caseOf, fileReport, openCase, rectifying, stepOk, sweptLead } from './support/supervision'
import { activityInput, createActivity, invitedActivity, signedUp } from './support/outreach'
import { enteredPaperFiling, entryInput, paperCompany, PAPER_USCC } from './support/intake'
import { legacyRow, legacyWorkbook, uploadWorkbook } from './support/legacy'
import { awardEvent, filedId, optedInSmall, qualifiedCandidate } from './support/upkeep'

type Code = 'ok' | 'unauthenticated' | 'forbidden' | 'not_found'
type Row = { fn: Main; name: string; action: string; arrange: (env: TestEnv, who: Who) => Promise<unknown>; expect: Record<Who, Code> }

const OWN: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'ok', other: 'forbidden', reviewer: 'forbidden', reviewer2: 'forbidden', admin: 'forbidden' }
const SIGNED: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'ok', other: 'ok', reviewer: 'ok', reviewer2: 'ok', admin: 'ok' }
const STAFF: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'forbidden', other: 'forbidden', reviewer: 'ok', reviewer2: 'ok', admin: 'ok' }
const ADMIN: Record<Who, Code> = { ...STAFF, reviewer: 'forbidden', reviewer2: 'forbidden' }
const ANYONE: Record<Who, Code> = { ...SIGNED, anonymous: 'ok' }

/** Only the person the record belongs to; anyone else is told it does not exist. */
const REPORTER: Record<Who, Code> = { anonymous: 'unauthenticated', owner: 'ok', other: 'not_found', reviewer: 'not_found', reviewer2: 'not_found', admin: 'not_found' }
const STAFF_ONLY_SIGNED: Record<Who, Code> = { ...STAFF, owner: 'forbidden', other: 'forbidden' }

const report = async (e: TestEnv) => {
  const r = await fileReport(e, 'owner')
  return { id: r.id, version: 1 }
}
const leadOf = async (e: TestEnv) => ({ id: await sweptLead(e), version: 1 })
const caseAt = async (e: TestEnv, id: string) => ({ id, version: (await caseOf(e, id)).version })

const INSPECTION = { rumours: { ok: true }, unverified: { ok: true }, staff: { ok: true }, commitment: true }
/** The owner's filing approved and a round opened by the admin: the round and the owner's entry. */
const openedRound = async (e: TestEnv) => {
  await approved(e)
  const { round } = await e.ok<{ round: { id: string } }>(staff, 'round-open', { title: '年度核验', deadline: '2024-03-18' }, 'admin')
  const [entry] = await e.rt.store.roundEntries.listByRound(round.id, [], null, 1)
  return { roundId: round.id, entryId: entry.id }
}

const v = async (p: Promise<{ id: string; version: number }>) => {
  const r = await p
  return { id: r.id, version: r.version }
}

const rows: Row[] = [
  // Staff entry (代录入), claim codes, legacy import; the scans of an entry must be the caller's own.
  { fn: staff, name: 'staff', action: 'staff-entry', arrange: async (e, who) => entryInput(await paperCompany(e, who === 'admin' || who === 'reviewer' ? OPENID[who] : OPENID.reviewer)), expect: STAFF },
  { fn: staff, name: 'staff', action: 'claim-code-issue', arrange: async (e) => ({ id: (await enteredPaperFiling(e)).id }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'claim-code-revoke', arrange: async (e) => ({ id: (await enteredPaperFiling(e)).id }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'legacy-template', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'import-upload-location', arrange: async () => ({}), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'legacy-import', arrange: async (e) => ({ fileId: await uploadWorkbook(e.rt, OPENID.admin, await legacyWorkbook([legacyRow(1)])), confirm: true }), expect: ADMIN },
  {
    fn: applicant,
    name: 'applicant',
    action: 'claim-filing',
    arrange: async (e) => ({ code: (await e.ok<{ code: string }>(staff, 'claim-code-issue', { id: (await enteredPaperFiling(e)).id }, 'reviewer')).code, identity: PAPER_USCC }),
    expect: SIGNED
  },
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
  // Co-managers: only a filing's managers see or change its list; anyone signed in may redeem a code.
  { fn: applicant, name: 'applicant', action: 'managers', arrange: async (e) => ({ id: (await draftOf(e)).id }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'manager-invite', arrange: async (e) => ({ id: (await draftOf(e)).id, name: '李小红' }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'manager-join', arrange: async (e) => ({ code: (await managerCode(e, THIRD)).code }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'manager-remove', arrange: async (e) => withThirdManager(e), expect: OWN },
  // Agency: only the filing's managers make a principal code; anyone signed in but the agent answers with one.
  { fn: applicant, name: 'applicant', action: 'agency-code', arrange: async (e) => ({ id: (await agencySubmitted(e)).id }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'agency-preview', arrange: async (e) => ({ code: (await principalCode(e, THIRD)).code }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'agency-confirm', arrange: async (e) => ({ code: (await principalCode(e, THIRD)).code }), expect: SIGNED },
  // Transfer: only the owner starts or cancels it; anyone signed in but the owner previews and accepts with the code.
  { fn: applicant, name: 'applicant', action: 'transfer-start', arrange: async (e) => { const a = await approved(e); return { id: a.id, version: a.version, toName: '开平新运营有限公司' } }, expect: OWN },
  { fn: applicant, name: 'applicant', action: 'transfer-cancel', arrange: async (e) => ({ id: (await transferCode(e)).id }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'transfer-preview', arrange: async (e) => ({ code: (await transferCode(e, THIRD)).code }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'transfer-accept', arrange: async (e) => ({ code: (await transferCode(e, THIRD)).code }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'code-preview', arrange: async (e) => ({ code: (await transferCode(e, THIRD)).code }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'agency-refuse', arrange: async (e) => ({ code: (await principalCode(e, THIRD)).code, reason: '账号名称有误' }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'bulk-template', arrange: async () => ({}), expect: SIGNED },
  // Subject profiles: the owner's alone; anyone else is told it does not exist (a filing's, forbidden as any filing).
  { fn: applicant, name: 'applicant', action: 'profiles', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'profile-save', arrange: async (e) => ({ filingId: (await submitted(e)).id }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'profile-get', arrange: async (e) => ({ id: (await savedProfile(e)).id }), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'profile-update', arrange: async (e) => profileChange(e, await savedProfile(e)), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'profile-delete', arrange: async (e) => v(savedProfile(e)), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'profile-sync', arrange: async (e) => profileSyncInput(e), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'bulk-accounts', arrange: async (e) => ({ ...(await v(draftOf(e))), file: await bulkFile(e) }), expect: OWN },
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
  // Supervision: reports, leads and cases for staff; sanctions, 公示 and the dashboard for admins.
  { fn: staff, name: 'staff', action: 'report-get', arrange: async (e) => ({ id: (await report(e)).id }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'report-assign', arrange: async (e) => ({ ...(await report(e)), assignee: OPENID.reviewer2 }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'report-link', arrange: async (e) => ({ ...(await report(e)), target: { kind: 'new-lead' } }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'report-close', arrange: async (e) => ({ ...(await report(e)), outcome: 'unfounded' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'leads', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'lead-get', arrange: async (e) => ({ id: (await leadOf(e)).id }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'lead-create', arrange: async () => ({ platform: 'douyin', accountName: '巡查发现的号' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'lead-import', arrange: async () => ({ listName: '三月名单', rows: [{ platform: 'douyin', accountName: '名单里的号' }] }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'lead-urge', arrange: async (e) => ({ ...(await leadOf(e)), deadline: '2024-03-18', channel: '电话' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'lead-dismiss', arrange: async (e) => ({ ...(await leadOf(e)), reason: '不属于本地账号' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'cases', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'case-open', arrange: async (e) => ({ filingId: (await approved(e)).id, summary: '发布未经核实的信息' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'case-get', arrange: async (e) => ({ id: await openCase(e) }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'case-step (urge)', arrange: async (e) => ({ ...(await caseAt(e, await openCase(e))), step: { type: 'urge', deadline: '2024-03-18', channel: '电话' } }), expect: STAFF },
  {
    fn: staff,
    name: 'staff',
    action: 'case-step (publicize)',
    arrange: async (e) => {
      const id = await openCase(e)
      await stepOk(e, id, { type: 'urge', deadline: '2024-03-18', channel: '电话' }, 'admin')
      return { ...(await caseAt(e, id)), step: { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '督促后仍未整改' } }
    },
    expect: ADMIN
  },
  { fn: staff, name: 'staff', action: 'dashboard', arrange: async () => ({}), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'monthly-report', arrange: async () => ({ month: '2024-03' }), expect: ADMIN },
  { fn: applicant, name: 'applicant', action: 'attachment-location (report_evidence)', arrange: async () => ({ kind: 'report_evidence' }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'attachment-location (rectification_evidence)', arrange: async (e) => ({ kind: 'rectification_evidence', caseId: await openCase(e) }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'attachment-location (signed_record)', arrange: async (e) => ({ kind: 'signed_record', caseId: await openCase(e) }), expect: STAFF_ONLY_SIGNED },
  { fn: applicant, name: 'applicant', action: 'my-cases', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'my-case', arrange: async (e) => ({ id: await openCase(e) }), expect: OWN },
  {
    fn: applicant,
    name: 'applicant',
    action: 'case-evidence',
    arrange: async (e) => {
      const id = await rectifying(e)
      return { ...(await caseAt(e, id)), files: [await attach(e, 'owner', 'rectification_evidence', id)], note: '已删除违规视频' }
    },
    expect: OWN
  },
  { fn: publicFn, name: 'public', action: 'receipt', arrange: async (e) => ({ receiptNumber: (await fileReport(e, 'owner')).receiptNumber }), expect: REPORTER },
  { fn: publicFn, name: 'public', action: 'my-reports', arrange: async () => ({}), expect: SIGNED },
  { fn: publicFn, name: 'public', action: 'notices', arrange: async () => ({}), expect: ANYONE },
  // Outreach: events for staff; an operator acts only on events they were invited to (others: not found).
  { fn: staff, name: 'staff', action: 'audience-preview', arrange: async () => ({ audience: { standings: ['filed', 'suggested'] } }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'activity-create', arrange: async (e) => activityInput(e), expect: STAFF },
  { fn: staff, name: 'staff', action: 'activities', arrange: async (e) => (await createActivity(e), {}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'activity-get', arrange: async (e) => ({ id: (await createActivity(e)).activity.id }), expect: STAFF },
  {
    fn: staff,
    name: 'staff',
    action: 'activity-checkin',
    arrange: async (e) => {
      const { activityId, code } = await signedUp(e)
      e.clock.set('2024-03-11T06:10:00.000Z')
      return { activityId, code }
    },
    expect: STAFF
  },
  {
    fn: staff,
    name: 'staff',
    action: 'activity-mark',
    arrange: async (e) => {
      const { activityId } = await signedUp(e)
      const [p] = await e.rt.store.participations.listByActivity(activityId, 1)
      e.clock.set('2024-03-11T06:10:00.000Z')
      return { activityId, participantId: p.id, version: p.version, note: '忘带手机' }
    },
    expect: STAFF
  },
  {
    fn: staff,
    name: 'staff',
    action: 'activity-update',
    arrange: async (e) => {
      const a = (await createActivity(e)).activity
      const { kind: _k, audience: _a, ...rest } = activityInput(e)
      return { ...rest, id: a.id, version: a.version, place: '开平市图书馆' }
    },
    expect: STAFF
  },
  { fn: staff, name: 'staff', action: 'activity-cancel', arrange: async (e) => { const a = (await createActivity(e)).activity; return { id: a.id, version: a.version, reason: '场地维修' } }, expect: STAFF },
  { fn: applicant, name: 'applicant', action: 'my-activities', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'activity-signup', arrange: async (e) => ({ id: await invitedActivity(e) }), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'activity-cancel', arrange: async (e) => ({ id: (await signedUp(e)).activityId }), expect: REPORTER },
  { fn: applicant, name: 'applicant', action: 'activity-subscribe', arrange: async () => ({ subscribed: ['tmpl-activity'] }), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'outreach-optin', arrange: async () => ({ optedIn: false }), expect: SIGNED },
  { fn: staff, name: 'staff', action: 'round-open', arrange: async () => ({ title: '年度核验', deadline: '2024-03-18' }), expect: ADMIN },
  { fn: staff, name: 'staff', action: 'rounds', arrange: async () => ({}), expect: STAFF },
  { fn: staff, name: 'staff', action: 'round-get', arrange: async (e) => ({ id: (await openedRound(e)).roundId }), expect: STAFF },
  { fn: applicant, name: 'applicant', action: 'my-reverifications', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'my-outreach', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'reverify', arrange: async (e) => ({ entryId: (await openedRound(e)).entryId, inspection: INSPECTION }), expect: REPORTER },
  // 评优, upkeep prompts and the directory (issue 11 §3, §5, §6).
  { fn: staff, name: 'staff', action: 'award-candidates', arrange: async (e) => ({ activityId: await awardEvent(e) }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'award-record', arrange: async (e) => ({ ...(await qualifiedCandidate(e)), to: 'nominated', note: '' }), expect: STAFF },
  { fn: staff, name: 'staff', action: 'directory-export', arrange: async () => ({}), expect: ADMIN },
  {
    fn: applicant,
    name: 'applicant',
    action: 'upkeep-followers',
    // Every signed-in caller ran the self-check and opted in, so each reports for their own contact.
    arrange: async (e) => {
      for (const who of ['owner', 'other', 'reviewer', 'admin'] as const) await optedInSmall(e, who)
      return { followers: 6000 }
    },
    expect: SIGNED
  },
  { fn: applicant, name: 'applicant', action: 'upkeep-change', arrange: async (e) => ({ filingId: await filedId(e), kinds: ['contact'] }), expect: OWN },
  { fn: applicant, name: 'applicant', action: 'my-upkeep', arrange: async () => ({}), expect: SIGNED },
  { fn: applicant, name: 'applicant', action: 'directory-consent', arrange: async (e) => ({ filingId: await filedId(e), listed: true }), expect: OWN },
  { fn: systemFn, name: 'system', action: 'remind', arrange: async () => ({}), expect: { ...ADMIN } },
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
  const input = await row.arrange(env, who)
  const res = await env.call(row.fn, action.replace(/ \(.*\)$/, ''), input, who)
  if (expected === 'ok') expect(res).toMatchObject({ ok: true })
  else expect(res).toMatchObject({ ok: false, error: { code: expected, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
})
