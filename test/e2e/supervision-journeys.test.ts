/**
 * Supervision as people do it in the h5 build (real Chromium, fake camera, real local server):
 *  1. a person reports an unfiled account (with a screenshot) → staff make it a lead → 督促 with a
 *     deadline in working days → the operator files in the wizard → staff approve → the lead closes
 *     and the reporter's receipt shows the outcome (and the reply reaches the inbox);
 *  2. a case on that filing: 约谈 (notice, minutes, signed record photo) → 责令整改 → 公示 appears →
 *     the operator sees the order and the notices in 我的备案 and uploads evidence → accepted →
 *     closed, and the 公示 entry is gone.
 * Around the UI only the office's setup (inviting the reviewer), the timer (/dev/tick) and the inbox.
 */
import type { Locator, Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { byId, fileAsIndividual, inputOf, pick, touch, until, visibleText } from './journey-steps'

let e2e: E2E
const ACCOUNT = { name: '开平碉楼夜话', id: 'kp_night_talk' }
let receipt = ''
let filingId = ''

beforeAll(async () => {
  e2e = await startE2E()
  const invite = await e2e.call<{ code: string }>('demo-admin', 'staff', 'staff-invite', { name: '李审核', role: 'reviewer' })
  await e2e.call('demo-reviewer', 'applicant', 'redeem-invite', { code: invite.code, idNumber: '440783198803150027', mobile: '13600136000' })
}, 60_000)
afterAll(async () => { await e2e?.close() })

async function confirm (page: Page, label: string): Promise<void> {
  await page.locator('.taro-modal__foot').filter({ visible: true }).getByText(label, { exact: true }).tap()
}

/** Adds one photo to an AttachmentPicker through the capture page (fake camera) and waits for the upload. */
async function attachPhoto (page: Page, kind: string, back: RegExp): Promise<void> {
  await touch(byId(page, `attachment-add-${kind}`))
  await page.waitForURL(/packages\/capture\/pages\/camera/)
  const consent = byId(page, 'capture-consent-agree')
  await Promise.race([consent.waitFor().catch(() => undefined), byId(page, 'capture-video').waitFor().catch(() => undefined)])
  if (await consent.isVisible()) await consent.tap()
  await byId(page, 'capture-video').waitFor()
  await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="capture-video"]')).some((v) => (v as HTMLVideoElement).videoWidth > 0))
  await touch(byId(page, 'capture-shoot'))
  await byId(page, 'capture-preview').waitFor()
  await touch(byId(page, 'capture-use'))
  await page.waitForURL(back)
  await until(() => page.locator('[data-testid="attachment-state"] >> visible=true').allTextContents(), (t) => t.length > 0 && t.every((x) => x === '已上传'), 30_000)
}

const visibleRows = (page: Page, testId: string, text: string): Locator => page.locator(`[data-testid="${testId}"] >> visible=true`).filter({ hasText: text }).first()

async function inbox (): Promise<Array<{ openid: string, page: string, data: Record<string, { value: string }> }>> {
  await fetch(`${e2e.server.url}/dev/tick`, { method: 'POST' })
  return ((await (await fetch(`${e2e.server.url}/dev/inbox?format=json`)).json()) as { data: [] }).data
}

async function openCaseStep (page: Page, type: string): Promise<void> {
  await touch(byId(page, `next-${type}`))
  await page.waitForURL(/packages\/supervision\/pages\/step/)
  await byId(page, `form-${type}`).waitFor().catch(async (e) => { await e2e.shot(page, `supervision-failed-${type}`); throw e })
}

async function submitStep (page: Page): Promise<void> {
  await touch(byId(page, 'step-submit'))
  await confirm(page, '确认办理')
  await page.waitForURL(/packages\/supervision\/pages\/case\/index/).catch(async (e) => {
    await e2e.shot(page, 'supervision-failed-step')
    throw new Error(`${String(e)}; the step page says: ${await page.locator('[data-testid="notice"] >> visible=true').first().textContent().catch(() => '')}`)
  })
}

describe('supervision journeys in the h5 build', () => {
  test('(1) when a report becomes a lead that is urged and the operator files, then the lead closes and the reporter\'s receipt shows the outcome', async () => {
    // The reporter, from 首页.
    const reporter = await e2e.phone('demo-applicant-b')
    const rshot = (n: string) => e2e.shot(reporter, `supervision-1-reporter-${n}`)
    await reporter.goto(`${e2e.server.url}/pages/home/index`)
    await touch(byId(reporter, 'public-report'))
    await reporter.getByText('举报内容严格保密').waitFor()
    await pick(reporter, 'platform', '抖音')
    await inputOf(reporter, 'accountName').fill(ACCOUNT.name)
    await inputOf(reporter, 'accountName').blur()
    await touch(byId(reporter, 'reason-未备案'))
    await inputOf(reporter, 'details').fill('每天发布开平本地资讯，没有备案号。')
    await attachPhoto(reporter, 'report_evidence', /packages\/public\/pages\/report/)
    await rshot('filled')
    await touch(byId(reporter, 'report-submit'))
    const number = await until(() => byId(reporter, 'report-receipt').textContent(), (t) => /JB-\d{4}-\d{6}/.test(t ?? ''))
    receipt = /JB-\d{4}-\d{6}/.exec(number ?? '')?.[0] ?? ''
    expect(receipt).toMatch(/^JB-\d{4}-000001$/)
    await rshot('receipt')
    // The done state scrolls the page back up: a tap mid-scroll only stops it (lost once on a fresh clone).
    await touch(byId(reporter, 'report-progress'))
    await byId(reporter, 'receipt-card').getByText('待处理').waitFor()

    // Staff: 审核 tab → 监管 → 举报受理 → the report → a new lead → 督促 in working days.
    const staff = await e2e.phone('demo-reviewer')
    const sshot = (n: string) => e2e.shot(staff, `supervision-1-staff-${n}`)
    await staff.goto(`${e2e.server.url}/pages/review/index`)
    await touch(byId(staff, 'open-supervision'))
    await staff.waitForURL(/packages\/supervision\/pages\/home/)
    await until(() => byId(staff, 'sv-count-reports').textContent(), (t) => (t ?? '').startsWith('1'))
    await sshot('home')
    await touch(byId(staff, 'sv-open-reports'))
    await touch(visibleRows(staff, 'report-row', ACCOUNT.name))
    await staff.waitForURL(/packages\/supervision\/pages\/report\/index/)
    await staff.locator('.sv-thumb >> visible=true').first().waitFor()
    await sshot('report')
    await touch(byId(staff, 'report-new-lead'))
    await byId(staff, 'open-linked-lead').waitFor()
    await touch(byId(staff, 'open-linked-lead'))
    await staff.waitForURL(/packages\/supervision\/pages\/lead\/index/)
    await byId(staff, 'lead-status').getByText('待督促').waitFor()
    await touch(byId(staff, 'deadline-preset-10'))
    await touch(byId(staff, 'channel-电话'))
    await touch(byId(staff, 'lead-urge-submit'))
    await byId(staff, 'lead-status').getByText('已督促').waitFor()
    await sshot('lead-urged')

    // The operator files the account through the wizard.
    const operator = await e2e.phone('demo-applicant-a')
    await fileAsIndividual(operator, `${e2e.server.url}/pages/home/index`, ACCOUNT, (n) => e2e.shot(operator, `supervision-1-operator-${n}`))
    await staff.reload()
    await byId(staff, 'lead-status').getByText('备案审核中').waitFor()

    // Staff approve it in the review queue; the lead closes as filed.
    await staff.goto(`${e2e.server.url}/pages/review/index`)
    await touch(byId(staff, 'open-queue'))
    await touch(visibleRows(staff, 'queue-row', ACCOUNT.name))
    await staff.waitForURL(/packages\/admin\/pages\/detail/)
    filingId = new URL(staff.url()).searchParams.get('id') ?? ''
    await touch(byId(staff, 'decide-approve'))
    await confirm(staff, '通过')
    await until(async () => (await byId(staff, 'notice').textContent().catch(() => null)) ?? '', (t) => t.includes('通过'))
    const leads = await e2e.call<{ items: Array<{ accountName: string, status: string }> }>('demo-reviewer', 'staff', 'leads', { status: 'filed' })
    expect(leads.items.map((l) => l.accountName)).toContain(ACCOUNT.name)

    // The reporter's receipt now shows the outcome, and the reply reached WeChat (the local inbox).
    await reporter.reload()
    await byId(reporter, 'receipt-card').getByText('已办结').waitFor()
    await visibleText(reporter, '经核查，被举报账号已按要求完成登记备案').waitFor()
    await rshot('receipt-closed')
    const replies = (await inbox()).filter((m) => m.openid === 'demo-applicant-b')
    expect(replies.map((m) => m.page)).toContain(`packages/public/pages/receipt/index?n=${receipt}`)
  }, 420_000)

  test('(2) when a case goes 约谈 → 责令整改 → evidence → accepted → closed, then the operator sees the notices and its 公示 entry appears and disappears', async () => {
    expect(filingId).not.toBe('')
    const staff = await e2e.phone('demo-reviewer')
    const sshot = (n: string) => e2e.shot(staff, `supervision-2-staff-${n}`)
    await staff.goto(`${e2e.server.url}/packages/admin/pages/detail/index?id=${encodeURIComponent(filingId)}`)
    await touch(byId(staff, 'open-case'))
    await inputOf(staff, 'summary').fill('发布未经核实的本地信息')
    await touch(byId(staff, 'case-open-submit'))
    await staff.waitForURL(/packages\/supervision\/pages\/case\/index\?id=/)
    await byId(staff, 'case-stage').getByText('已立案').waitFor()

    // 约谈: the next working day at 09:00.
    await openCaseStep(staff, 'summon')
    await touch(staff.locator('[data-testid^="appointmentAt-day-"] >> visible=true').first())
    await touch(byId(staff, 'appointmentAt-time-09:00'))
    await inputOf(staff, 'place').fill('市网信办301会议室')
    await sshot('summon')
    await submitStep(staff)
    await byId(staff, 'case-stage').getByText('待约谈').waitFor()
    await byId(staff, 'notice-summon').waitFor()

    // The talk's record: attendees, minutes, the signed record photographed.
    await openCaseStep(staff, 'interview')
    await inputOf(staff, 'attendees').fill('张三丰、李审核')
    await inputOf(staff, 'minutes').fill('运营者承认发布的信息未经核实，承诺删除并规范今后的发布。')
    await attachPhoto(staff, 'signed_record', /packages\/supervision\/pages\/step/)
    await sshot('interview')
    await submitStep(staff)
    await byId(staff, 'case-stage').getByText('已约谈').waitFor()

    // 责令整改 with two items and a deadline in working days.
    await openCaseStep(staff, 'order')
    await inputOf(staff, 'items').fill('删除未经核实的视频\n在账号简介中标明备案号')
    await touch(byId(staff, 'deadline-preset-10'))
    await submitStep(staff)
    await byId(staff, 'case-stage').getByText('整改中').waitFor()
    await sshot('rectifying')

    // 公示 (admin): appears on the public side.
    const admin = await e2e.phone('demo-admin')
    await admin.goto(staff.url())
    await openCaseStep(admin, 'publicize')
    await inputOf(admin, 'measure').fill('约谈并责令整改')
    await submitStep(admin)
    await byId(admin, 'case-public').waitFor()
    const anyone = await e2e.phone('demo-applicant-b')
    await anyone.goto(`${e2e.server.url}/pages/home/index`)
    await touch(byId(anyone, 'public-notices'))
    await visibleRows(anyone, 'public-notice', ACCOUNT.name).getByText('约谈并责令整改').waitFor()
    await e2e.shot(anyone, 'supervision-2-public-notice')

    // The operator: 我的备案 shows the matter; the notices open as images; evidence goes up.
    const operator = await e2e.phone('demo-applicant-a')
    const oshot = (n: string) => e2e.shot(operator, `supervision-2-operator-${n}`)
    await operator.goto(`${e2e.server.url}/pages/filings/index`)
    await touch(byId(operator, 'supervision-case'))
    await operator.waitForURL(/packages\/filing\/pages\/case/)
    await byId(operator, 'op-case-items').getByText('删除未经核实的视频').waitFor()
    await oshot('case')
    await touch(byId(operator, 'open-notice-order'))
    await operator.waitForURL(/packages\/filing\/pages\/notice/)
    const image = byId(operator, 'notice-image')
    await image.waitFor()
    await until(() => image.evaluate((el) => (el.querySelector('img') ?? (el as HTMLImageElement)).naturalWidth ?? 0), (w) => w > 1000)
    await byId(operator, 'notice-text').getByText('在账号简介中标明备案号').waitFor()
    await oshot('notice-order')
    await operator.goBack()
    await operator.waitForURL(/packages\/filing\/pages\/case/)
    await attachPhoto(operator, 'rectification_evidence', /packages\/filing\/pages\/case/)
    await inputOf(operator, 'evidence-note').fill('已删除视频，并在简介中标明备案号。')
    await touch(byId(operator, 'evidence-submit'))
    await byId(operator, 'evidence-done').waitFor()
    await byId(operator, 'op-case-stage').getByText('整改待验收').waitFor()
    await oshot('evidence-sent')

    // Staff accept it and close the case as rectified: the 公示 entry is withdrawn.
    await staff.reload()
    await byId(staff, 'case-stage').getByText('整改待验收').waitFor()
    await openCaseStep(staff, 'review')
    await submitStep(staff)
    await byId(staff, 'case-stage').getByText('整改完成').waitFor()
    await openCaseStep(staff, 'close')
    await touch(byId(staff, 'outcome-rectified'))
    await submitStep(staff)
    await byId(staff, 'case-stage').getByText('已结案').waitFor()
    await sshot('closed')
    await anyone.reload()
    await byId(anyone, 'notices-none').waitFor()
    await e2e.shot(anyone, 'supervision-2-public-notice-gone')
    // Every step left its audit entry.
    const history = await staff.locator('[data-testid="history"] .tl-item__action >> visible=true').allTextContents()
    expect(history).toEqual(expect.arrayContaining(['立案', '约谈通知', '约谈记录', '责令整改', '公示', '运营者提交整改材料', '整改验收', '结案']))
  }, 420_000)
})
