/**
 * Whole applicant journeys in the h5 build, in a real Chromium with the fake camera, against the
 * real local server: everything the applicant does is taps and typing in the real UI. The only
 * calls made around the UI are the office's own setup (the admin invites the reviewer), the
 * timer that dispatches notifications (/dev/tick), and reading the local inbox.
 */
import type { Page } from 'playwright-core'
import { validateResidentId } from '../../src/core/validators/resident-id'
import { registrationForm } from '../../src/core/filing/registration-form'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'
import type { DraftContent } from '../../src/core/schemas/filing'
import { startE2E, type E2E } from './harness'
import { ID_NUMBER, byId, confirmDialog, fileAsIndividual, fromAlbum, inputOf, next, photograph, pick, stepIs, type, until, visibleText, touch } from './journey-steps'

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })


let reviewerReady = false
/** The office's setup, not the applicant's: the admin invites 李审核, who redeems the code. */
async function ensureReviewer (): Promise<void> {
  if (reviewerReady) return
  const invite = await e2e.call<{ code: string }>('demo-admin', 'staff', 'staff-invite', { name: '李审核', role: 'reviewer' })
  await e2e.call('demo-reviewer', 'applicant', 'redeem-invite', { code: invite.code, idNumber: '440783198803150027', mobile: '13600136000' })
  reviewerReady = true
}

interface Inbox { openid: string, data: Record<string, { value: string }>, page: string, status: 'delivered' | 'refused' }
async function inbox (): Promise<Inbox[]> {
  const res = await fetch(`${e2e.server.url}/dev/inbox?format=json`)
  return ((await res.json()) as { data: Inbox[] }).data
}

/** The reviewer opens the filing from the queue and approves it through the staff UI. */
async function reviewerApproves (page: Page, accountName: string, shot: (n: string) => Promise<void>): Promise<string> {
  await page.goto(`${e2e.server.url}/pages/review/index`)
  await touch(byId(page, 'open-queue'))
  await page.waitForURL(/packages\/admin\/pages\/queue/)
  const row = page.locator('[data-testid="queue-row"] >> visible=true').filter({ hasText: accountName }).first()
  await row.waitFor()
  await shot('queue')
  await touch(row)
  await page.waitForURL(/packages\/admin\/pages\/detail/)
  await byId(page, 'decide-approve').waitFor()
  await shot('detail')
  await touch(byId(page, 'decide-approve'))
  await confirmDialog(page, '通过')
  const notice = await until(async () => (await byId(page, 'notice').textContent().catch(() => null)) ?? '', (t) => t.includes('通过'))
  await shot('approved')
  return notice
}


async function journeyA (largeFont: boolean): Promise<void> {
  const suffix = largeFont ? '-large' : ''
  const owner = largeFont ? 'demo-applicant-b' : 'demo-applicant-a'
  // A second person, a second account: the backend rightly refuses an account already filed.
  const account = largeFont ? { name: '开平碉楼日记', id: 'kp_diaolou_diary' } : { name: '开平碉楼故事', id: 'kp_diaolou_2024' }
  const page = await e2e.phone(owner, { largeFont })
  let n = 0
  const shot = async (name: string) => { n++; await e2e.shot(page, `journey-a${suffix}-${String(n).padStart(2, '0')}-${name}`) }

  await fileAsIndividual(page, `${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`, { ...account, placeHint: '名称含有“开平、碉楼”' }, shot)

  await touch(byId(page, 'to-filings'))
  await page.waitForURL(/pages\/filings\/index/)
  const row = page.locator('[data-testid="filing-row"] >> visible=true').filter({ hasText: account.name }).first()
  await until(async () => (await row.textContent()) ?? '', (t) => t.includes('待审核') || t.includes('审核'))
  await shot('my-filings-submitted')

  // The office reviews it (staff UI), then the timer dispatches the notification.
  await ensureReviewer()
  const reviewer = await e2e.phone('demo-reviewer', { largeFont })
  let r = 0
  const rshot = async (name: string) => { r++; await e2e.shot(reviewer, `journey-a${suffix}-reviewer-${String(r).padStart(2, '0')}-${name}`) }
  const notice = await reviewerApproves(reviewer, account.name, rshot)
  const number = /[A-Za-z0-9-]{6,}/.exec(notice.replace(/\s/g, ''))?.[0]
  await fetch(`${e2e.server.url}/dev/tick`, { method: 'POST' })

  // The applicant pulls to refresh 我的备案 (here: reopens it) and sees 已通过 and the number.
  await page.reload()
  await until(async () => (await row.textContent()) ?? '', (t) => t.includes('已通过'))
  const rowText = (await row.textContent()) ?? ''
  expect(rowText).toMatch(/备案号：\S+/)
  if (number !== undefined) expect(rowText).toContain(number)
  await shot('my-filings-approved')
  await touch(row)
  await page.waitForURL(/packages\/filing\/pages\/detail/)
  await until(async () => (await byId(page, 'detail-status').textContent()) ?? '', (t) => t === '已通过')
  const filingNumber = /备案号：(\S+)/.exec((await visibleText(page, '备案号：').textContent()) ?? '')?.[1]
  expect(filingNumber).toBeTruthy()
  await shot('detail-approved')
  await touch(byId(page, 'proof'))
  await page.waitForURL(/packages\/filing\/pages\/proof/)
  await visibleText(page, filingNumber!).waitFor()
  await shot('proof')

  // The status message WeChat would have pushed, in the local inbox.
  const id = new URL(page.url()).searchParams.get('id')
  const mine = (await inbox()).filter((m) => m.openid === owner && m.page.includes(String(id)))
  const text = (m: Inbox) => Object.values(m.data).map((v) => v.value).join(' ')
  // The submission was confirmed on screen; the one consent the submit tap gave paid for the
  // message people wait for: 已通过 with the number, delivered (not refused with 43101).
  expect(mine.map(text)).not.toEqual(expect.arrayContaining([expect.stringContaining('待审核')]))
  const approved = mine.filter((m) => text(m).includes('已通过'))
  expect(approved).toHaveLength(1)
  expect(approved[0].status).toBe('delivered')
  const values = text(approved[0])
  expect(values).toContain(account.name)
  expect(values).toContain(filingNumber)
  const box = await e2e.phone(owner, { largeFont })
  await box.goto(`${e2e.server.url}/dev/inbox`)
  await box.getByText(filingNumber!).first().waitFor()
  await e2e.shot(box, `journey-a${suffix}-inbox`)
}

const PHONE_REASON = '单位联系电话无法接通，请填写办公电话'
const FOLLOWERS_REASON = '粉丝数与后台截图不符，请按实际填写'

/** The reviewer returns the filing through the staff UI with a reason on each of two fields. */
async function reviewerReturns (page: Page, accountName: string, shot: (n: string) => Promise<void>): Promise<void> {
  await page.goto(`${e2e.server.url}/pages/review/index`)
  await touch(byId(page, 'open-queue'))
  await page.waitForURL(/packages\/admin\/pages\/queue/)
  const row = page.locator('[data-testid="queue-row"] >> visible=true').filter({ hasText: accountName }).first()
  await row.waitFor()
  await touch(row)
  await page.waitForURL(/packages\/admin\/pages\/detail/)
  await touch(byId(page, 'decide-return'))
  await byId(page, 'return-form').waitFor()
  await touch(byId(page, 'pick-subject.phone'))
  await inputOf(page, 'reason-subject.phone').fill(PHONE_REASON)
  await touch(byId(page, 'pick-accounts.1.followers'))
  await inputOf(page, 'reason-accounts.1.followers').fill(FOLLOWERS_REASON)
  await shot('return-form')
  await touch(byId(page, 'return-submit'))
  await confirmDialog(page, '退回')
  await until(async () => (await byId(page, 'notice').textContent().catch(() => null)) ?? '', (t) => t.includes('已退回'))
  await shot('returned')
}

/** The 需修改 notes visible on the current wizard screen. */
async function flagsShown (page: Page): Promise<string[]> {
  return (await page.locator('.field-flag').filter({ visible: true }).allTextContents()).map((t) => t.trim())
}

async function addSelfMedia (page: Page, i: number, platform: string, name: string, id: string, followers: string): Promise<void> {
  await touch(byId(page, 'add-self_media'))
  await pick(page, `accounts.${i}.platform`, platform)
  await type(page, `accounts.${i}.accountName`, name)
  await type(page, `accounts.${i}.accountId`, id)
  await type(page, `accounts.${i}.followers`, followers)
  await pick(page, `accounts.${i}.openedOn`)
  await pick(page, `accounts.${i}.category`)
}

async function journeyB (largeFont: boolean): Promise<void> {
  const suffix = largeFont ? '-large' : ''
  // Each pass files its own accounts: the same account twice would (rightly) be refused as a duplicate.
  const owner = largeFont ? 'demo-applicant-c' : 'demo-applicant-a'
  const wenlv = largeFont ? '开平文旅速递' : '开平文旅资讯'
  const tag = largeFont ? '_l' : ''
  const page = await e2e.phone(owner, { largeFont })
  let n = 0
  const shot = async (name: string) => { n++; await e2e.shot(page, `journey-b${suffix}-${String(n).padStart(2, '0')}-${name}`) }
  await page.goto(`${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`)
  await touch(byId(page, 'start-filing'))
  await stepIs(page, 1)
  await touch(byId(page, 'subject.type-company'))
  await type(page, 'subject.name', '开平市侨乡文化传媒有限公司')
  await type(page, 'subject.uscc', '91350100M000100Y43')
  await type(page, 'subject.legalRepresentative', '周法人')
  await type(page, 'subject.phone', '0750-2268001')
  await type(page, 'subject.email', 'media@example.com')
  await pick(page, 'subject.town', '长沙街道')
  await type(page, 'subject.address', '开平市长沙街道幕沙路12号')
  await type(page, 'operator.name', '李运维')
  await type(page, 'operator.idNumber', ID_NUMBER)
  await type(page, 'operator.phone', '13800138000')
  await shot('step1-company')
  await next(page, 2)

  await addSelfMedia(page, 0, '抖音', `开平侨乡美食${largeFont ? '坊' : ''}`, `kp_qiaoxiang_food${tag}`, '8600')
  // The office's extra fields, asked from the field catalogue.
  await type(page, 'accounts.0.intro', '介绍侨乡美食和家常菜')
  await pick(page, 'accounts.0.verification', '企业认证')
  await touch(byId(page, 'accounts.0.liveStreaming-yes'))
  await addSelfMedia(page, 1, '微信公众号', wenlv, `kp_wenlv${tag}`, '6200')
  await touch(byId(page, 'add-website'))
  await type(page, 'accounts.2.name', '侨乡文化传媒官网')
  await type(page, 'accounts.2.domain', largeFont ? 'qiaoxiang-media.com.cn' : 'qiaoxiang-media.cn')
  await type(page, 'accounts.2.icpNumber', '粤ICP备2024012345号-1')
  await type(page, 'accounts.2.psbNumber', '粤公网安备44078302000123号')
  await type(page, 'accounts.2.hostingProvider', '腾讯云')
  await touch(byId(page, 'add-app'))
  const appName = `侨乡通${largeFont ? '长者版' : ''}`
  await type(page, 'accounts.3.name', appName)
  await type(page, 'accounts.3.stores', '华为应用市场')
  await type(page, 'accounts.3.developer', '开平市侨乡文化传媒有限公司')
  await type(page, 'accounts.3.packageName', `cn.qiaoxiang.tong${tag}`)
  await type(page, 'accounts.3.appFilingNumber', '粤ICP备2024012345号-2A')
  await shot('step2-four-accounts')
  await next(page, 3)

  // The generated 登记备案表 (every page): download it (to print and stamp), then photograph the stamped copy.
  const form = byId(page, 'registration-form')
  await form.locator('img').first().waitFor()
  // Four accounts with their own details: the table page and a detail page.
  expect(await form.locator('img').count()).toBeGreaterThanOrEqual(2)
  await shot('step3-registration-form')
  const download = page.waitForEvent('download')
  await touch(byId(page, 'form-save'))
  const saved = await (await download).path()
  const { readFileSync } = await import('node:fs')
  const stamped = readFileSync(saved)
  expect(stamped.subarray(1, 4).toString()).toBe('PNG')
  await photograph(page, 'license', (s) => shot(`capture-license-${s}`))
  await photograph(page, 'id_front')
  await photograph(page, 'id_back')
  await fromAlbum(page, 'registration_form', { name: '登记备案表-盖章.png', mimeType: 'image/png', buffer: stamped })
  await shot('step3-documents-done')
  await next(page, 4)
  await touch(byId(page, 'commitment-accept'))
  await shot('step4-preview')
  await next(page, 5)
  await touch(byId(page, 'submit'))
  await byId(page, 'submit-done').waitFor()
  await shot('submitted')

  await ensureReviewer()
  const reviewer = await e2e.phone('demo-reviewer', { largeFont })
  let r = 0
  const rshot = async (name: string) => { r++; await e2e.shot(reviewer, `journey-b${suffix}-reviewer-${String(r).padStart(2, '0')}-${name}`) }
  await reviewerReturns(reviewer, wenlv, rshot)

  // The applicant sees 已退回 and exactly the two reasons.
  await touch(byId(page, 'to-filings'))
  await page.waitForURL(/pages\/filings\/index/)
  await page.reload()
  const row = page.locator('[data-testid="filing-row"] >> visible=true').filter({ hasText: wenlv }).first()
  await until(async () => (await row.textContent()) ?? '', (t) => t.includes('已退回'))
  await shot('my-filings-returned')
  await touch(row)
  await page.waitForURL(/packages\/filing\/pages\/detail/)
  const reasons = byId(page, 'return-reasons')
  await reasons.waitFor()
  const items = await reasons.locator('.cell').allTextContents()
  expect(items).toHaveLength(2)
  expect(items.join('|')).toContain(PHONE_REASON)
  expect(items.join('|')).toContain(FOLLOWERS_REASON)
  await shot('detail-returned')

  // In the wizard, each flagged field shows its reason where it is edited, and nothing else is flagged.
  await touch(byId(page, 'correct'))
  await page.waitForURL(/packages\/wizard\/pages\/start/)
  await stepIs(page, 1)
  await until(() => flagsShown(page), (f) => f.length > 0)
  expect(await flagsShown(page)).toEqual([`需修改：${PHONE_REASON}`])
  await shot('correct-step1-flagged')
  // Untouched, the flagged field holds the wizard on this step.
  await touch(byId(page, 'wizard-next'))
  await byId(page, 'wizard-notice').waitFor()
  await stepIs(page, 1)
  await type(page, 'subject.phone', '0750-2268123')
  await next(page, 2)
  expect(await flagsShown(page)).toEqual([`需修改：${FOLLOWERS_REASON}`])
  await shot('correct-step2-flagged')
  await type(page, 'accounts.1.followers', '5400')
  // Nothing else was flagged: the wizard skips the untouched documents step, straight to the preview.
  await next(page, 4)
  expect(await flagsShown(page)).toEqual([])
  await next(page, 5)
  await touch(byId(page, 'submit'))
  await byId(page, 'submit-done').waitFor()
  await shot('resubmitted')

  await reviewerApproves(reviewer, wenlv, rshot)
  await touch(byId(page, 'to-filings'))
  await page.waitForURL(/pages\/filings\/index/)
  await page.reload()
  await until(async () => (await row.textContent()) ?? '', (t) => t.includes('已通过'))
  expect((await row.textContent()) ?? '').toMatch(/备案号：\S+/)
  await shot('my-filings-approved')
  const mine = (await e2e.call<{ items: Array<{ id: string, status: string, accountNames: string[] }> }>(owner, 'applicant', 'list-mine', {})).items
  const filed = mine.find((f) => f.accountNames.includes(wenlv))
  expect(filed?.status).toBe('approved')
  // The form drawn from the stored filing carries every field typed above.
  const stored = await e2e.call<{ content: DraftContent }>(owner, 'applicant', 'get-filing', { id: filed?.id })
  const printed = JSON.stringify(registrationForm(stored.content, kaipingConfig, { fullOperatorId: true }))
  for (const v of ['开平市侨乡文化传媒有限公司', '周法人', '李运维', ID_NUMBER, '介绍侨乡美食和家常菜', '企业认证', '粤公网安备44078302000123号', '腾讯云', appName, `cn.qiaoxiang.tong${tag}`, '粤ICP备2024012345号-2A', '华为应用市场']) {
    expect([v, printed.includes(v)]).toEqual([v, true])
  }
}

/** On failure, a picture of every open page says more than the locator that timed out. */
async function withShots (name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (e) {
    await e2e.failureReport(name)
    throw e
  }
}

describe('applicant journeys in the h5 build', () => {
  test('the ID number used by the journeys passes the GB 11643 check digit', () => {
    expect(validateResidentId(ID_NUMBER, new Date()).ok).toBe(true)
    expect(validateResidentId('440783199001011231', new Date()).ok).toBe(false)
  })

  test('(a) when an individual files one 抖音 account, photographs the ID, signs and submits, and a reviewer approves, then 已通过, the filing number and the inbox message reach the applicant', async () => {
    await withShots('journey-a', () => journeyA(false))
  }, 240_000)

  test('(a, large font) when the same journey is made in large-font mode, then every step works and is photographed', async () => {
    await withShots('journey-a-large', () => journeyA(true))
  }, 240_000)

  test('(b) when a company files two self-media accounts, a website and an APP with the office\'s extra fields, is returned with reasons on two fields, fixes exactly those and resubmits, then it is approved', async () => {
    await withShots('journey-b', () => journeyB(false))
  }, 300_000)

  test('(b, large font) when the company journey is made in large-font mode, then every step works and is photographed', async () => {
    await withShots('journey-b-large', () => journeyB(true))
  }, 300_000)
})
