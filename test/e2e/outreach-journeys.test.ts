/**
 * 活动与培训 and 年度核验 as people do them in the h5 build (real Chromium, real local server with an
 * injected clock, fake camera):
 *  1. staff publish a 新媒体课堂 for 抖音 accounts in 三埠 (the audience counted live) → a matching
 *     operator finds it from 我的备案, signs up and shows the check-in QR → staff check them in with
 *     the code decoded from that QR image → the attendance shows in the operator's record;
 *  2. an admin opens a 年度核验 round → one operator answers 有变化 with the 自查自纠 checklist and the
 *     commitment, edits the filing in the wizard and submits → the review queue shows it as an
 *     amendment; another does nothing → after the deadline the timer makes their account a lead.
 * Each new screen is checked with axe-core at normal and large font and photographed. Around the UI
 * only the arrangement (filings approved through the API, as in the trust tests), the clock and the
 * timer (/dev/tick).
 */
import sharp from 'sharp'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { byId, inputOf, next, settled, stepIs, touch, type, until, visibleText } from './journey-steps'
import { STANDARD, submitFiling } from '../weapp/admin-fixtures'

jest.setTimeout(600_000)

const AXE = require.resolve('axe-core/axe.min.js')
const A = 'demo-applicant-a' // 抖音 “开平美食探店” in 三埠: signs up, later answers with a change
const B = 'demo-applicant-b' // 抖音 “三埠生活圈” in 三埠: never answers the round
const C = 'demo-op-kuaishou' // 快手 in 赤坎: outside the event's audience
const STAFF = 'demo-admin'
const TITLE = '短视频创作与网络法规'

let e2e: E2E
const clock = { now: new Date() }
const axeFindings: string[] = []

async function decodePng (png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

/** axe-core on the page as it is, then a photograph; a violation is collected (asserted at the end). */
async function check (page: Page, name: string): Promise<void> {
  await settled(page)
  await page.addScriptTag({ path: AXE })
  const found = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, nodes: Array<{ target: string[] }> }> }> } }
    return (await w.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
  axeFindings.push(...found.map((f) => `${name}: ${f}`))
  await e2e.shot(page, `outreach-${name}`)
}

/** The same screen at the largest font (WeChat's font setting; `?font=large` in the preview). */
async function checkLarge (openid: string, url: string, name: string, ready: string): Promise<void> {
  const page = await e2e.phone(openid, { largeFont: true })
  await page.goto(`${e2e.server.url}${url}${url.includes('?') ? '&' : '?'}font=large`)
  await byId(page, ready).waitFor()
  await check(page, `${name}-large`)
  await page.context().close()
}

const tick = () => fetch(`${e2e.server.url}/dev/tick`, { method: 'POST' })

beforeAll(async () => {
  e2e = await startE2E({ now: () => clock.now })
  const upload = async (openid: string, cloudPath: string, bytes: Buffer, contentType: string) => {
    const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'content-type': contentType, 'x-demo-openid': openid }, body: bytes })
    const raw = ((await res.json()) as { data: { fileId: string } }).data.fileId
    return (await e2e.call<{ fileId: string }>(openid, 'applicant', 'ingest-document', { fileId: raw })).fileId
  }
  const call = (openid: string, fn: 'applicant' | 'staff' | 'public', action: string, input: unknown) => e2e.call(openid, fn, action, input)
  for (const [owner, spec] of [[A, STANDARD[0]], [B, STANDARD[2]], [C, STANDARD[1]]] as const) {
    const s = await submitFiling(call, upload, { ...spec, owner })
    await e2e.call(STAFF, 'staff', 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } })
  }
}, 180_000)
afterAll(async () => { await e2e?.close() })

describe('outreach in the h5 build', () => {
  let activityId = ''
  let code = ''

  test('(1) when staff publish a 新媒体课堂 for 抖音 accounts in 三埠, then a matching operator signs up, is checked in by the QR and the attendance shows in their record', async () => {
    // Staff: 审核 → 活动与培训 → 发布活动, the audience counted as it is chosen.
    const staff = await e2e.phone(STAFF)
    await staff.goto(`${e2e.server.url}/pages/review/index`)
    await touch(byId(staff, 'open-outreach'))
    await touch(byId(staff, 'event-create'))
    await staff.waitForURL(/packages\/outreach-staff\/pages\/editor/)
    await until(() => byId(staff, 'audience-count').textContent(), (t) => /符合条件：3 人/.test(t ?? ''))
    await type(staff, 'title', TITLE)
    await type(staff, 'place', '市网信办三楼会议室')
    await type(staff, 'description', '讲解短视频创作技巧和网络信息内容生态治理规定，现场答疑。')
    await touch(byId(staff, 'material-add'))
    await type(staff, 'materials.0.title', '课件')
    await type(staff, 'materials.0.url', 'https://www.kaiping.gov.cn/outreach/slides.pdf')
    await touch(byId(staff, 'audience.towns-440783001'))
    await until(() => byId(staff, 'audience-count').textContent(), (t) => /符合条件：2 人/.test(t ?? ''))
    await touch(byId(staff, 'audience.platforms-douyin'))
    await until(() => byId(staff, 'audience-count').textContent(), (t) => /符合条件：2 人（已备案 2 人/.test(t ?? ''))
    await check(staff, '1-staff-editor')
    await touch(byId(staff, 'event-publish'))
    await staff.waitForURL(/packages\/outreach-staff\/pages\/activity\/index\?id=/)
    activityId = new URL(staff.url()).searchParams.get('id') ?? ''
    await until(() => byId(staff, 'event-counts').textContent(), (t) => (t ?? '').includes('邀请 2 人'))
    // The operator outside the audience has nothing.
    expect((await e2e.call<{ items: unknown[] }>(C, 'applicant', 'my-activities', {})).items).toEqual([])

    // The operator: 我的备案 → 活动与培训 → the event → 报名参加 → the check-in QR.
    const op = await e2e.phone(A)
    await op.goto(`${e2e.server.url}/pages/filings/index`)
    await until(() => byId(op, 'open-activities').textContent(), (t) => (t ?? '').includes('1 个活动可报名'))
    await touch(byId(op, 'open-activities'))
    await op.waitForURL(/packages\/outreach\/pages\/activities/)
    await byId(op, 'activity-row').waitFor()
    await check(op, '1-operator-list')
    await touch(byId(op, 'activity-row'))
    await op.waitForURL(/packages\/outreach\/pages\/activity\/index/)
    await until(() => byId(op, 'activity-capacity').textContent(), (t) => (t ?? '').includes('已报名 0 人 / 共 50 人'))
    await touch(byId(op, 'activity-signup'))
    await byId(op, 'checkin-qr').waitFor()
    await until(() => byId(op, 'activity-capacity').textContent(), (t) => (t ?? '').includes('已报名 1 人'))
    await check(op, '1-operator-signed-up')
    // The code is read from the QR image on the screen, as a scanner reads it.
    const qr = op.locator('[data-testid="checkin-qr"] >> visible=true').first()
    code = (await decodePng(await qr.screenshot())) ?? ''
    expect(code).toBe((await byId(op, 'checkin-code').textContent())?.trim())

    // At the venue, half an hour before the start: staff check the operator in with that code.
    const { activity } = await e2e.call<{ activity: { startsAt: string } }>(STAFF, 'staff', 'activity-get', { id: activityId })
    clock.now = new Date(Date.parse(activity.startsAt) - 30 * 60_000)
    await staff.reload()
    await byId(staff, 'event-scan').waitFor()
    // Type only once the page has finished arriving (nothing in flight or loading): on a busy fresh
    // clone the typed code was once never checked in, as if a late render had replaced the field.
    await settled(staff)
    await inputOf(staff, 'checkin-code').fill(code)
    await touch(byId(staff, 'checkin-manual'))
    await until(() => byId(staff, 'event-notice').textContent(), (t) => (t ?? '').includes('签到成功：开平美食探店'))
    await until(() => byId(staff, 'event-counts').textContent(), (t) => (t ?? '').includes('签到 1 人'))
    await check(staff, '1-staff-checked-in')

    // The operator's record: on the detail, in the list's 参加记录 and on 我的备案.
    await op.goto(`${e2e.server.url}/pages/filings/index`)
    await until(() => byId(op, 'record-row').textContent(), (t) => (t ?? '').includes(`新媒体课堂“${TITLE}”`))
    expect(await byId(op, 'outreach-record').textContent()).toContain('参加记录：已参加 1 次')
    await check(op, '1-operator-record')
    await op.context().close()
    await staff.context().close()
  })

  test('(2) when a 年度核验 round runs, then an answer with a change is an amendment in the review queue and a silent operator becomes a lead after the deadline', async () => {
    clock.now = new Date()
    const admin = await e2e.phone(STAFF)
    await admin.goto(`${e2e.server.url}/packages/outreach-staff/pages/rounds/index`)
    await byId(admin, 'round-form').waitFor()
    await inputOf(admin, 'title').fill('2026年度备案核验')
    await touch(byId(admin, 'deadline-preset-10'))
    await touch(byId(admin, 'round-open'))
    await until(() => byId(admin, 'rounds-notice').textContent(), (t) => (t ?? '').includes('共 3 个备案需要核验'))
    await touch(byId(admin, 'round-row'))
    await admin.waitForURL(/packages\/outreach-staff\/pages\/round\/index/)
    await until(() => byId(admin, 'round-count-pending').textContent(), (t) => t === '3')
    await check(admin, '2-staff-round-open')
    const roundUrl = new URL(admin.url())

    // Operator A: 我的备案 → 去核验 → 有变化, checklist, commitment → the amendment wizard → submit.
    const op = await e2e.phone(A)
    await op.goto(`${e2e.server.url}/pages/filings/index`)
    await touch(byId(op, 'reverify-open'))
    await op.waitForURL(/packages\/outreach\/pages\/reverify/)
    await byId(op, 'reverify-submit').waitFor()
    await check(op, '2-operator-reverify')
    await touch(byId(op, 'changed-changed'))
    await touch(byId(op, 'reverify-submit'))
    // Nothing answered yet: each item is named.
    await visibleText(op, '请逐项选择自查结果').waitFor()
    for (const k of ['rumours', 'unverified']) await touch(byId(op, `${k}.ok-ok`))
    await touch(byId(op, 'staff.ok-problem'))
    await type(op, 'staff.fix', '已建立内容三审制度并培训运营人员')
    await touch(byId(op, 'reverify-commitment'))
    await touch(byId(op, 'reverify-submit'))
    await op.waitForURL(/packages\/wizard\/pages\/start/)
    await stepIs(op, 1)
    await next(op, 2)
    await type(op, 'accounts.0.followers', '26800')
    await next(op, 3)
    await next(op, 4)
    const accept = byId(op, 'commitment-accept')
    if ((await accept.getAttribute('aria-checked')) !== 'true') await accept.tap()
    await next(op, 5)
    await touch(byId(op, 'submit'))
    await byId(op, 'submit-done').waitFor()
    await e2e.shot(op, 'outreach-2-operator-amended')

    // Staff: the amendment waits in the review queue; the round counts the answer.
    await admin.goto(`${e2e.server.url}/packages/admin/pages/queue/index`)
    await until(() => admin.locator('[data-testid="queue-row"] >> visible=true').filter({ hasText: '开平美食探店' }).first().textContent(), (t) => (t ?? '').includes('变更审核中'))
    await e2e.shot(admin, 'outreach-2-staff-queue')
    await admin.goto(roundUrl.toString())
    await until(() => byId(admin, 'round-count-amended').textContent(), (t) => t === '1')

    // The day after the deadline, the timer turns the silent operators' accounts into leads.
    const round = await e2e.call<{ items: Array<{ deadline: string }> }>(STAFF, 'staff', 'rounds', {})
    clock.now = new Date(`${round.items[0].deadline}T00:00:00.000Z`)
    clock.now = new Date(clock.now.getTime() + 26 * 3600_000)
    expect((await tick()).ok).toBe(true)
    await admin.reload()
    await byId(admin, 'round-leads-at').waitFor()
    await until(() => byId(admin, 'round-count-lead').textContent(), (t) => t === '2')
    const silent = admin.locator('[data-testid="round-entry"] >> visible=true').filter({ hasText: '三埠生活圈' }).first()
    expect(await silent.textContent()).toContain('逾期未核验（已转线索）')
    await check(admin, '2-staff-round-leads')
    const leads = await e2e.call<{ items: Array<{ accountName: string, sourceLabel: string }> }>(STAFF, 'staff', 'leads', {})
    expect(leads.items.map((l) => l.accountName)).toEqual(expect.arrayContaining(['三埠生活圈']))
    expect(leads.items.map((l) => l.accountName)).not.toContain('开平美食探店')
    await touch(silent.getByText('查看线索'))
    await admin.waitForURL(/packages\/supervision\/pages\/lead/)
    await visibleText(admin, '三埠生活圈').waitFor()
    await op.context().close()
    await admin.context().close()
  })

  test('(3) when the new screens are shown at the largest font, then axe finds nothing on any of them', async () => {
    await checkLarge(A, `/packages/outreach/pages/activity/index?id=${encodeURIComponent(activityId)}`, '3-operator-activity', 'activity-head')
    await checkLarge(A, '/packages/outreach/pages/activities/index', '3-operator-list', 'activity-record')
    await checkLarge(B, '/packages/outreach/pages/reverify/index', '3-operator-reverify', 'reverify-none')
    await checkLarge(STAFF, '/packages/outreach-staff/pages/editor/index', '3-staff-editor', 'audience-count')
    await checkLarge(STAFF, `/packages/outreach-staff/pages/activity/index?id=${encodeURIComponent(activityId)}`, '3-staff-event', 'participants')
    await checkLarge(STAFF, '/packages/outreach-staff/pages/rounds/index', '3-staff-rounds', 'round-row')
    expect(axeFindings).toEqual([])
  })
})

