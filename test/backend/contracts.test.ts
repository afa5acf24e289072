/**
 * Run-time half of the contract check: every route of the four functions is served under its
 * contract (src/core/contracts), and each one's happy path, driven through `main(event,
 * context)` on the real SQLite store, answers data that parses with that contract's output
 * schema — the very schema the mini-program parses it with. A route added without a contract
 * or without a row here fails this file. The compile-time half is test/contracts/contracts.typecheck.ts.
 */
import { applicantRoutes } from '../../backend/actions/applicant'
import { publicRoutes } from '../../backend/actions/public'
import { staffRoutes } from '../../backend/actions/staff'
import { systemRoutes } from '../../backend/actions/system'
import { routesOf, lazyRoutes, loadRoutes, resolveRoute, defineAction, SIGNED_IN, type Routes } from '../../backend/entry/action'
import { makeMain } from '../../backend/entry/make-main'
import * as contracts from '../../backend/core'
import { FUNCTION_NAMES, officeStatusContract, type AnyContract, type FunctionName } from '../../backend/core'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { agencySubmitted, applicant, approved, bulkFile, draftOf, managerCode, pendingInviteId, principalCode, profileChange, profileSyncInput, requestId, returned, savedProfile, staff, submitted, transferCode, withThirdManager } from './support/flows'
import { individualDraft, rawUpload, selfMedia, STAFF_IDENTITY } from './support/factories'
import { makeEnv, OPENID, type Main, type TestEnv, type Who } from './support/env'
import { attach, caseOf, fileReport, openCase, rectifying, stepOk, sweptLead } from './support/supervision'
import { activityInput, createActivity, filedDouyin } from './support/outreach'
import { enteredPaperFiling, entryInput, paperCompany, PAPER_USCC } from './support/intake'
import { legacyRow, legacyWorkbook, uploadWorkbook } from './support/legacy'
import { awardEvent, filedId, optedInSmall, qualifiedCandidate } from './support/upkeep'
import { JurisdictionConfigSchema, deadlineIn, kaipingConfig } from '../../backend/core'
import { stopLocalOcr } from '../../backend/adapters/local/ocr-paddle'

// ocr-read runs the real local OCR engine (its models load on the first read).
jest.setTimeout(60_000)
afterAll(() => stopLocalOcr())

const ROUTES: Record<FunctionName, Routes> = { applicant: applicantRoutes, staff: staffRoutes, public: publicRoutes, system: systemRoutes }
const MAINS: Record<FunctionName, Main> = { applicant, staff, public: publicFn, system: systemFn }

interface Row {
  who: Who
  arrange: (env: TestEnv) => Promise<unknown>
  /** What the answer must show beyond parsing, so lists are checked with items in them. */
  check?: (data: Record<string, unknown>) => void
}

const v = async (p: Promise<{ id: string; version: number }>) => {
  const r = await p
  return { id: r.id, version: r.version }
}
const nonEmpty = (key: string) => (d: Record<string, unknown>) => expect((d[key] as unknown[]).length).toBeGreaterThan(0)

/** The trust rows share one draft and one approved filing: each filing costs three uploads of the daily quota. */
const shared = <T>(make: (e: TestEnv) => Promise<T>) => {
  let p: Promise<T> | undefined
  return (e: TestEnv) => (p ??= make(e))
}
// The rows before these used most of the owner's 60 uploads a day: the trust rows start the next day.
const trustDraft = shared((e) => (e.clock.advanceDays(1), draftOf(e)))
const trustApproved = shared((e) => approved(e))

/** One happy path per route, keyed `function/action`. */
const HAPPY: Record<string, Row> = {
  'applicant/whoami': { who: 'reviewer', arrange: async () => ({}) },
  'applicant/save-draft': { who: 'owner', arrange: async () => ({ content: individualDraft() }) },
  'applicant/submit': { who: 'owner', arrange: async (e) => ({ ...(await v(draftOf(e))), requestId: requestId(), subscribed: ['tmpl-status'] }) },
  'applicant/withdraw': { who: 'owner', arrange: async (e) => ({ ...(await v(submitted(e))), reason: '信息填错了' }) },
  'applicant/resubmit': { who: 'owner', arrange: async (e) => ({ ...(await v(returned(e))), requestId: requestId() }) },
  'applicant/amend': {
    who: 'owner',
    arrange: async (e) => {
      const a = await approved(e)
      const content = (await e.ok<{ content: unknown }>(applicant, 'get-filing', { id: a.id }, 'owner')).content
      return { id: a.id, version: a.version, requestId: requestId(), content }
    }
  },
  'applicant/cancel': { who: 'owner', arrange: async (e) => ({ ...(await v(approved(e))), reason: '账号已停用' }) },
  'applicant/delete-draft': { who: 'owner', arrange: async (e) => v(draftOf(e)) },
  'applicant/get-filing': { who: 'owner', arrange: async (e) => ({ id: (await returned(e)).id }), check: nonEmpty('timeline') },
  'applicant/list-mine': { who: 'owner', arrange: async (e) => (await submitted(e), {}), check: nonEmpty('items') },
  'applicant/upload-location': { who: 'owner', arrange: async (e) => ({ filingId: (await draftOf(e)).id, kind: 'id_front' }) },
  'applicant/ingest-document': { who: 'owner', arrange: async (e) => ({ fileId: await rawUpload(e.rt, OPENID.owner, 'id_front') }) },
  'applicant/redeem-invite': {
    who: 'other',
    arrange: async (e) => ({ code: (await e.ok<{ code: string }>(staff, 'staff-invite', { name: '王审核' }, 'admin')).code, ...STAFF_IDENTITY })
  },
  'applicant/ocr-read': {
    who: 'owner',
    arrange: async (e) => {
      const d = await trustDraft(e)
      const docs = (await e.ok<{ content: { documents: Array<{ kind: string; fileId: string }> } }>(applicant, 'get-filing', { id: d.id }, 'owner')).content.documents
      return { filingId: d.id, kind: 'id_front', fileId: docs.find((x) => x.kind === 'id_front')?.fileId }
    }
  },
  'applicant/phone-code-send': { who: 'owner', arrange: async () => ({ phone: '13800138000' }) },
  'applicant/phone-code-verify': {
    who: 'owner',
    arrange: async (e) => {
      // Another number than phone-code-send's row: the environment is shared and resends wait a minute.
      await e.ok(applicant, 'phone-code-send', { phone: '13900139000' }, 'owner')
      return { phone: '13900139000', code: /验证码为(\d{6})/.exec(e.rt.inbox.sms()[0].text)?.[1] }
    }
  },
  'applicant/phone-status': { who: 'owner', arrange: async () => ({ phones: ['13800138000', '0750-2268763'] }) },
  'applicant/ownership-codes': { who: 'owner', arrange: async (e) => ({ id: (await trustDraft(e)).id, keys: ['self_media:douyin:kp_food_1'] }), check: nonEmpty('items') },
  'applicant/certificate': { who: 'owner', arrange: async (e) => ({ id: (await trustApproved(e)).id }) },
  'applicant/managers': { who: 'owner', arrange: async (e) => ({ id: (await draftOf(e)).id }), check: nonEmpty('items') },
  'applicant/bulk-template': { who: 'owner', arrange: async () => ({}), check: nonEmpty('columns') },
  'applicant/bulk-accounts': { who: 'owner', arrange: async (e) => ({ ...(await v(draftOf(e))), file: await bulkFile(e) }) },
  'applicant/manager-invite': { who: 'owner', arrange: async (e) => ({ id: (await draftOf(e)).id, name: '李小红' }) },
  'applicant/manager-join': { who: 'other', arrange: async (e) => ({ code: (await managerCode(e)).code }) },
  'applicant/manager-remove': { who: 'owner', arrange: async (e) => withThirdManager(e) },
  'applicant/agency-code': { who: 'owner', arrange: async (e) => ({ id: (await agencySubmitted(e)).id }) },
  'applicant/agency-preview': { who: 'other', arrange: async (e) => ({ code: (await principalCode(e)).code }), check: nonEmpty('accounts') },
  'applicant/agency-confirm': { who: 'other', arrange: async (e) => ({ code: (await principalCode(e)).code }) },
  'applicant/transfer-start': { who: 'owner', arrange: async (e) => { const a = await approved(e); return { id: a.id, version: a.version, toName: '开平新运营有限公司' } } },
  'applicant/transfer-cancel': { who: 'owner', arrange: async (e) => ({ id: (await transferCode(e)).id }) },
  // Redeem attempts are counted per person and day (5) in this one database: the transfer rows use callers of their own.
  'applicant/transfer-preview': { who: 'admin', arrange: async (e) => ({ code: (await transferCode(e)).code }), check: nonEmpty('accountNames') },
  'applicant/transfer-accept': { who: 'admin', arrange: async (e) => ({ code: (await transferCode(e)).code }), check: nonEmpty('accountNames') },
  'applicant/code-preview': { who: 'admin', arrange: async (e) => ({ code: (await transferCode(e)).code }) },
  'applicant/agency-refuse': { who: 'other', arrange: async (e) => ({ code: (await principalCode(e)).code, reason: '账号名称有误' }) },
  'applicant/profiles': { who: 'owner', arrange: async (e) => (await savedProfile(e), {}), check: nonEmpty('items') },
  'applicant/profile-get': { who: 'owner', arrange: async (e) => ({ id: (await savedProfile(e)).id }), check: nonEmpty('documents') },
  'applicant/profile-save': { who: 'owner', arrange: async (e) => ({ filingId: (await submitted(e)).id }) },
  'applicant/profile-update': { who: 'owner', arrange: async (e) => profileChange(e, await savedProfile(e)) },
  'applicant/profile-delete': { who: 'owner', arrange: async (e) => v(savedProfile(e)) },
  'applicant/profile-sync': { who: 'owner', arrange: async (e) => profileSyncInput(e), check: nonEmpty('items') },
  'staff/ownership-check': {
    who: 'reviewer',
    arrange: async (e) => {
      const s = await trustApproved(e)
      const got = await e.ok<{ trust: { accounts: Array<{ accountKey: string }> } }>(staff, 'get', { id: s.id }, 'reviewer')
      return { id: s.id, accountKey: got.trust.accounts[0].accountKey, checks: { homepageOpens: true, nameMatches: true } }
    }
  },
  'public/verify-certificate': {
    who: 'anonymous',
    arrange: async (e) => ({ code: (await e.ok<{ code: string }>(applicant, 'certificate', { id: (await trustApproved(e)).id }, 'owner')).code }),
    check: (d) => expect(d.valid).toBe(true)
  },
  'staff/whoami': { who: 'admin', arrange: async () => ({}) },
  'staff/queue': { who: 'reviewer', arrange: async (e) => (await submitted(e), {}), check: nonEmpty('items') },
  'staff/get': {
    who: 'reviewer',
    arrange: async (e) => {
      const a = await approved(e)
      await e.ok(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), content: (await e.ok<{ content: unknown }>(applicant, 'get-filing', { id: a.id }, 'owner')).content }, 'owner')
      return { id: a.id }
    },
    check: nonEmpty('history')
  },
  'staff/reveal': { who: 'reviewer', arrange: async (e) => ({ id: (await submitted(e)).id, field: 'subject.idNumber' }) },
  'staff/decide': { who: 'reviewer', arrange: async (e) => ({ ...(await v(submitted(e))), decision: { decision: 'approve', note: '材料齐全' } }) },
  'staff/stats': { who: 'reviewer', arrange: async (e) => (await approved(e), {}), check: nonEmpty('byStatus') },
  'staff/reports': {
    who: 'reviewer',
    arrange: async (e) => (await e.ok(publicFn, 'report', { platform: 'douyin', accountName: '某账号', reason: '未备案' }, 'other'), {}),
    check: nonEmpty('items')
  },
  'staff/cancel': { who: 'admin', arrange: async (e) => ({ ...(await v(approved(e))), reason: '账号已注销' }) },
  'staff/export': { who: 'admin', arrange: async (e) => (await approved(e), { full: true }) },
  'staff/export-link': { who: 'reviewer', arrange: async (e) => ({ exportId: (await e.ok<{ exportId: string }>(staff, 'export', {}, 'reviewer')).exportId }) },
  'staff/export-done': { who: 'reviewer', arrange: async (e) => ({ exportId: (await e.ok<{ exportId: string }>(staff, 'export', {}, 'reviewer')).exportId }) },
  'staff/staff-list': { who: 'admin', arrange: async () => ({}), check: nonEmpty('members') },
  'staff/staff-invite': { who: 'admin', arrange: async () => ({ name: '李审核', role: 'admin' }) },
  'staff/staff-entry': { who: 'reviewer', arrange: async (e) => entryInput(await paperCompany(e, OPENID.reviewer, { accounts: [selfMedia({ accountId: `contract-paper-${requestId()}` })] })) },
  // Entered by the admin: the happy paths share one database, where staff-remove has taken reviewer2 off the staff.
  'staff/claim-code-issue': { who: 'reviewer', arrange: async (e) => ({ id: (await enteredPaperFiling(e, 'admin')).id }) },
  'staff/claim-code-revoke': { who: 'reviewer', arrange: async (e) => ({ id: (await enteredPaperFiling(e, 'admin')).id }) },
  'staff/legacy-template': { who: 'reviewer', arrange: async () => ({}) },
  'staff/import-upload-location': { who: 'admin', arrange: async () => ({}) },
  'staff/legacy-import': { who: 'admin', arrange: async (e) => ({ fileId: await uploadWorkbook(e.rt, OPENID.admin, await legacyWorkbook([legacyRow(31)])), confirm: true }), check: (d) => expect(d.written).toBe(1) },
  'applicant/claim-filing': {
    who: 'other',
    arrange: async (e) => ({ code: (await e.ok<{ code: string }>(staff, 'claim-code-issue', { id: (await enteredPaperFiling(e)).id }, 'reviewer')).code, identity: PAPER_USCC })
  },
  'staff/staff-invite-revoke': { who: 'admin', arrange: async (e) => ({ id: await pendingInviteId(e) }) },
  // The rows above leave filings enough; one more submission would pass the owner's daily upload limit.
  'staff/queue-counts': { who: 'reviewer', arrange: async () => ({ q: '开平' }) },
  'staff/staff-remove': { who: 'admin', arrange: async () => ({ openid: OPENID.reviewer2 }) },
  'public/lookup': {
    who: 'anonymous',
    arrange: async (e) => {
      const a = await approved(e)
      return { filingNumber: a.filingNumber }
    },
    check: nonEmpty('items')
  },
  'public/office-status': { who: 'anonymous', arrange: async () => ({}) },
  'public/report': { who: 'owner', arrange: async () => ({ platform: 'douyin', accountName: '某账号', reason: '冒用本地名义', details: '头像用了市政府标志' }) },
  'system/tick': { who: 'admin', arrange: async (e) => (await submitted(e), {}) },
  'system/dispatch-outbox': { who: 'admin', arrange: async (e) => (await approved(e), {}) },
  'system/purge': { who: 'admin', arrange: async () => ({}) },
  // Supervision (监管)
  'applicant/attachment-location': { who: 'owner', arrange: async () => ({ kind: 'report_evidence' }) },
  'applicant/my-cases': { who: 'owner', arrange: async (e) => (await rectifying(e), {}), check: nonEmpty('items') },
  'applicant/my-case': { who: 'owner', arrange: async (e) => ({ id: await rectifying(e) }) },
  'applicant/case-evidence': {
    who: 'owner',
    arrange: async (e) => {
      const id = await rectifying(e)
      return { id, version: (await caseOf(e, id)).version, files: [await attach(e, 'owner', 'rectification_evidence', id)], note: '已删除违规视频' }
    }
  },
  'staff/report-get': { who: 'reviewer', arrange: async (e) => ({ id: (await fileReport(e, 'other', { evidence: [await attach(e, 'other', 'report_evidence')] })).id }) },
  'staff/report-assign': { who: 'reviewer', arrange: async (e) => ({ id: (await fileReport(e)).id, version: 1, assignee: OPENID.reviewer }) },
  'staff/report-link': { who: 'reviewer', arrange: async (e) => ({ id: (await fileReport(e, 'other', { accountName: `未备案号${requestId()}` })).id, version: 1, target: { kind: 'new-lead' } }) },
  'staff/report-close': { who: 'reviewer', arrange: async (e) => ({ id: (await fileReport(e)).id, version: 1, outcome: 'unfounded', note: '未发现问题' }) },
  'staff/leads': { who: 'reviewer', arrange: async (e) => (await sweptLead(e, `名单号${requestId()}`), {}), check: nonEmpty('items') },
  'staff/lead-get': { who: 'reviewer', arrange: async (e) => ({ id: await sweptLead(e, `名单号${requestId()}`) }) },
  'staff/lead-create': { who: 'reviewer', arrange: async () => ({ platform: 'kuaishou', accountName: `巡查号${requestId()}`, town: '440783108' }) },
  'staff/lead-import': { who: 'reviewer', arrange: async () => ({ listName: '三月名单', rows: [{ platform: 'douyin', accountName: `名单号${requestId()}` }, { platform: 'nowhere', accountName: '外地' }] }), check: nonEmpty('outcomes') },
  'staff/lead-urge': { who: 'reviewer', arrange: async (e) => ({ id: await sweptLead(e, `督促号${requestId()}`), version: 1, deadline: deadlineIn(10, e.clock.now, e.rt.config), channel: '电话' }) },
  'staff/lead-dismiss': { who: 'reviewer', arrange: async (e) => ({ id: await sweptLead(e, `排除号${requestId()}`), version: 1, reason: '账号已注销' }) },
  'staff/cases': { who: 'reviewer', arrange: async (e) => (await openCase(e), {}), check: nonEmpty('items') },
  'staff/case-open': { who: 'reviewer', arrange: async (e) => ({ filingId: (await approved(e)).id, summary: '发布未经核实的信息' }) },
  'staff/case-get': { who: 'reviewer', arrange: async (e) => ({ id: await rectifying(e) }), check: (d) => expect(((d.case as { steps: unknown[] }).steps).length).toBe(3) },
  'staff/case-step': { who: 'reviewer', arrange: async (e) => ({ id: await openCase(e), version: 1, step: { type: 'urge', deadline: deadlineIn(10, e.clock.now, e.rt.config), channel: '电话', note: '' } }) },
  'staff/dashboard': { who: 'admin', arrange: async (e) => (await rectifying(e), { month: '2024-03' }), check: nonEmpty('funnel') },
  'staff/monthly-report': { who: 'admin', arrange: async () => ({ month: '2024-03' }) },
  'public/receipt': { who: 'other', arrange: async (e) => ({ receiptNumber: (await fileReport(e, 'other')).receiptNumber }) },
  'public/my-reports': { who: 'other', arrange: async (e) => (await fileReport(e, 'other'), {}), check: nonEmpty('items') },
  'public/notices': {
    who: 'anonymous',
    arrange: async (e) => {
      const id = await rectifying(e)
      await stepOk(e, id, { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '约谈并责令整改' }, 'admin')
      return {}
    },
    check: nonEmpty('items')
  },
  'system/remind': { who: 'admin', arrange: async () => ({}) },
  // Outreach: one event for 抖音 accounts in 三埠 that the owner (filed below) is invited to.
  'staff/audience-preview': { who: 'reviewer', arrange: async (e) => (await filedDouyin(e, 'owner', `活动号${requestId()}`), { audience: { standings: ['filed'], platforms: ['douyin'] } }), check: (d) => expect(d.total).toBeGreaterThan(0) },
  'staff/activity-create': { who: 'reviewer', arrange: async (e) => activityInput(e, { audience: { standings: ['filed'], platforms: ['douyin'] } }), check: (d) => expect((d.audience as { total: number }).total).toBeGreaterThan(0) },
  'staff/activities': { who: 'reviewer', arrange: async (e) => (await outreachEvent(e), {}), check: nonEmpty('items') },
  'staff/activity-get': { who: 'reviewer', arrange: async (e) => ({ id: await outreachEvent(e) }), check: nonEmpty('participants') },
  'staff/activity-update': {
    who: 'reviewer',
    arrange: async (e) => {
      // A fresh event ahead of the shared clock (the shared one may be under way by now).
      const a = (await createActivity(e)).activity
      const { kind: _k, audience: _a, ...rest } = activityInput(e)
      return { ...rest, id: a.id, version: a.version, place: '开平市图书馆' }
    }
  },
  'staff/activity-cancel': { who: 'admin', arrange: async (e) => { const a = (await createActivity(e)).activity; return { id: a.id, version: a.version, reason: '场地维修' } } },
  'applicant/my-activities': { who: 'owner', arrange: async (e) => (await outreachEvent(e), {}), check: nonEmpty('items') },
  'applicant/activity-signup': { who: 'owner', arrange: async (e) => ({ id: await outreachEvent(e) }) },
  'applicant/activity-cancel': { who: 'owner', arrange: async (e) => ({ id: await outreachEvent(e) }) },
  'applicant/activity-subscribe': { who: 'owner', arrange: async () => ({ subscribed: ['tmpl-activity'] }) },
  'applicant/outreach-optin': {
    who: 'other',
    arrange: async () => ({ optedIn: true, answers: { registeredInCity: true, operatorLivesInCity: true, platform: 'douyin', followers: 800, publishesLocalNews: false, contentMostlyLocal: true, previouslyFiledAndChanged: false }, town: '440783001', category: '美食' })
  },
  'staff/round-open': { who: 'admin', arrange: async (e) => ({ title: '2024年度核验', deadline: deadlineIn(10, e.clock.now, e.rt.config) }) },
  'staff/rounds': { who: 'reviewer', arrange: async (e) => (await roundOf(e), {}), check: nonEmpty('items') },
  'staff/round-get': { who: 'reviewer', arrange: async (e) => ({ id: await roundOf(e) }), check: nonEmpty('nonResponders') },
  'applicant/my-reverifications': { who: 'owner', arrange: async (e) => (await roundOf(e), {}), check: nonEmpty('items') },
  'applicant/my-outreach': { who: 'owner', arrange: async (e) => (await outreachEvent(e), await roundOf(e), {}), check: (d) => { expect(d.open).toBeGreaterThan(0); expect((d.reverify as unknown[]).length).toBeGreaterThan(0) } },
  'applicant/reverify': {
    who: 'owner',
    arrange: async (e) => {
      const roundId = await roundOf(e)
      const entry = (await e.rt.store.roundEntries.listByOpenid(OPENID.owner, 100)).find((x) => x.roundId === roundId && x.status === 'pending')
      return { entryId: entry?.id, inspection: INSPECTION }
    }
  },
  'staff/activity-checkin': {
    who: 'reviewer',
    arrange: async (e) => {
      const id = await outreachEvent(e, 'checkin')
      const out = await e.ok<{ item: { checkinCode: string } }>(applicant, 'activity-signup', { id }, 'owner')
      const a = await e.rt.store.activities.get(id)
      e.clock.set(a?.startsAt ?? '')
      return { activityId: id, code: out.item.checkinCode }
    }
  },
  'staff/award-candidates': { who: 'reviewer', arrange: async (e) => ({ activityId: await awardEvent(e, `评优号${requestId()}`) }), check: nonEmpty('candidates') },
  'staff/award-record': { who: 'reviewer', arrange: async (e) => ({ ...(await qualifiedCandidate(e, `候选号${requestId()}`, 'reviewer2')), to: 'nominated', note: '积极参加活动' }) },
  'staff/directory-export': {
    who: 'admin',
    arrange: async (e) => {
      await e.ok(applicant, 'directory-consent', { filingId: await filedId(e, 'owner', `名录号${requestId()}`), listed: true }, 'owner')
      return {}
    },
    check: (d) => expect(d.rows).toBeGreaterThan(0)
  },
  'applicant/upkeep-followers': { who: 'reviewer2', arrange: async (e) => (await optedInSmall(e, 'reviewer2'), { followers: 5200 }), check: (d) => expect(d.prompt).not.toBeNull() },
  'applicant/upkeep-change': { who: 'owner', arrange: async (e) => ({ filingId: await filedId(e, 'owner', `变更号${requestId()}`), kinds: ['operator'] }) },
  'applicant/my-upkeep': { who: 'owner', arrange: async (e) => (await filedId(e, 'owner', `维护号${requestId()}`), {}), check: nonEmpty('items') },
  'applicant/directory-consent': { who: 'owner', arrange: async (e) => ({ filingId: await filedId(e, 'owner', `同意号${requestId()}`), listed: true }) },
  'staff/activity-mark': {
    who: 'admin',
    arrange: async (e) => {
      const id = await outreachEvent(e, 'mark')
      await e.ok(applicant, 'activity-signup', { id }, 'owner')
      // Every filed operator is invited (other rows file some): mark the owner's, who signed up.
      const p = (await e.rt.store.participations.listByActivity(id, 500)).find((x) => x.openid === OPENID.owner)
      if (!p) throw new Error('the owner was not invited')
      const a = await e.rt.store.activities.get(id)
      e.clock.set(a?.startsAt ?? '')
      return { activityId: id, participantId: p.id, version: p.version, note: '现场登记' }
    }
  }
}

const INSPECTION = { rumours: { ok: true }, unverified: { ok: false, fix: '已删除一条未核实的消息' }, staff: { ok: true }, commitment: true }
/** A round opened once: its id and the owner's entries. */
let roundP: Promise<string> | undefined
const roundOf = (e: TestEnv) => (roundP ??= (async () => {
  await approved(e, 'owner', { accounts: [selfMedia({ accountName: `核验号${requestId()}` })] })
  return (await e.ok<{ round: { id: string } }>(staff, 'round-open', { title: '年度核验', deadline: deadlineIn(10, e.clock.now, e.rt.config) }, 'admin')).round.id
})())

/** An event the owner is invited to; `fresh` makes a new one (the check-in rows move the clock to its start). */
const events = new Map<string, Promise<string>>()
function outreachEvent(e: TestEnv, fresh = ''): Promise<string> {
  let p = events.get(fresh)
  if (!p) {
    p = (async () => {
      await filedDouyin(e, 'owner', `活动号${requestId()}`)
      return (await createActivity(e, { title: `课堂${fresh}`, audience: { standings: ['filed'], platforms: ['douyin'] } })).activity.id
    })()
    events.set(fresh, p)
  }
  return p
}

const served = FUNCTION_NAMES.flatMap((fn) => Object.keys(ROUTES[fn]).map((action) => `${fn}/${action}`))

describe('every route has a contract', () => {
  it.each(FUNCTION_NAMES.flatMap((fn) => Object.entries(ROUTES[fn]).map(([action, route]) => [`${fn}/${action}`, fn, action, route] as const)))(
    'when %s is routed, then its module loads and serves it under its own contract',
    async (_key, fn, action, lazy) => {
      const route = await resolveRoute(lazy)
      expect(route.contract.fn).toBe(fn)
      expect(route.contract.action).toBe(action)
      expect(typeof route.contract.input.safeParse).toBe('function')
      expect(typeof route.contract.output.safeParse).toBe('function')
    }
  )

  it('when the route tables are listed, then each route has a happy path below and no happy path names a missing route', () => {
    expect([...served].sort()).toEqual(Object.keys(HAPPY).sort())
  })

  it('when the contracts in src/core/contracts are listed, then every one is served by a route (none is left over)', async () => {
    const loaded = Object.fromEntries(await Promise.all(FUNCTION_NAMES.map(async (fn) => [fn, await loadRoutes(ROUTES[fn])] as const)))
    const all = (Object.values(contracts) as unknown[]).filter((x): x is AnyContract => typeof x === 'object' && x !== null && 'fn' in x && 'action' in x && 'output' in x)
    expect(all.length).toBe(served.length)
    for (const c of all) expect(loaded[c.fn][c.action]?.contract).toBe(c)
  })

  it('when an action is listed under another function, or twice, then building the route table fails', () => {
    const office = defineAction({ contract: officeStatusContract, allow: SIGNED_IN, handler: async () => ({ open: true, label: '办公中', nextOpening: null }) })
    expect(() => routesOf('applicant', [office])).toThrow('public/office-status listed under applicant')
    expect(() => routesOf('public', [office, office])).toThrow('two routes for public/office-status')
  })

  it('when a lazy route names an action its module does not define, then loading that route fails naming it', async () => {
    const office = defineAction({ contract: officeStatusContract, allow: SIGNED_IN, handler: async () => ({ open: true, label: '办公中', nextOpening: null }) })
    const routes = lazyRoutes('public', { 'office-status': async () => ({ office }), lookup: async () => ({ office }) })
    await expect(resolveRoute(routes['office-status'])).resolves.toBe(office)
    await expect(resolveRoute(routes.lookup)).rejects.toThrow('route public/lookup: its module defines no action with that contract')
    // Under another function's name the same module serves nothing.
    await expect(resolveRoute(lazyRoutes('applicant', { 'office-status': async () => ({ office }) })['office-status'])).rejects.toThrow('route applicant/office-status')
  })
})

describe('every happy path answers what its contract says', () => {
  let env: TestEnv
  beforeAll(async () => {
    // One database for every row: the owner uploads far more photos than a person's daily quota.
    env = await makeEnv({ config: JurisdictionConfigSchema.parse({ ...kaipingConfig, uploads: { perApplicantPerDay: 1000 } }) })
  })
  afterAll(() => env.dispose())

  it.each(served)('when %s succeeds, then its answer parses with the output schema the mini-program uses', async (key) => {
    const [fn, action] = key.split('/') as [FunctionName, string]
    const row = HAPPY[key]
    const input = await row.arrange(env)
    const res = await env.call(MAINS[fn], action, input, row.who)
    if (!res.ok) throw new Error(`${key} failed: ${JSON.stringify(res.error)}`)
    const parsed = (await resolveRoute(ROUTES[fn][action])).contract.output.safeParse(res.data)
    if (!parsed.success) throw new Error(`${key} answered outside its contract: ${JSON.stringify(parsed.error.issues)}`)
    row.check?.(res.data as Record<string, unknown>)
  })
})

describe('make-main checks answers outside production', () => {
  const offContract = defineAction({
    contract: officeStatusContract,
    allow: ['anonymous'],
    // A defect on purpose: the answer misses `nextOpening`, which the contract requires.
    handler: async () => ({ open: true, label: '办公中' }) as unknown as { open: boolean; label: string; nextOpening: null }
  })
  const main = makeMain(routesOf('public', [offContract]))
  let env: TestEnv
  afterEach(() => env.dispose())

  it('when a handler answers outside its contract locally, then the caller gets `internal` and the log names the field', async () => {
    env = await makeEnv()
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = await env.call(main, 'office-status', {}, 'anonymous')
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log.mock.calls[0][0]).toContain('public/office-status answered outside its output contract')
    expect(log.mock.calls[0][0]).toContain('nextOpening')
    log.mockRestore()
  })

  it('when output checks are off (the cloud runtime), then the answer passes through unchecked', async () => {
    env = await makeEnv()
    env.rt.settings.checkOutputs = false
    expect(await env.call(main, 'office-status', {}, 'anonymous')).toEqual({ ok: true, data: { open: true, label: '办公中' } })
  })
})
