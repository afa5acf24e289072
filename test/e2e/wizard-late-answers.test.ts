/**
 * Answers that arrive late must not move the page under the applicant's finger. The account's
 * ownership code is fetched once the account is complete, a moment after the last field is picked:
 * exactly when people reach for 下一步. If the code box then pushed everything down, the touch meant
 * for 下一步 would land on 添加 above it (seen on a busy fresh clone: a second, empty account was
 * added and the wizard refused to go on). Step 1's list of saved subject profiles, above the form,
 * is the same kind of answer. The answers are held back here on purpose, to measure.
 */
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { byId, individualStep1, next, pick, stepIs, touch, type, until } from './journey-steps'

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })

/** Holds back the server's answer to one applicant action until `release()`; `asked` once the page has asked. */
async function holdAnswer (page: Page, action: string): Promise<{ asked: () => boolean, release: () => void }> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => { release = resolve })
  let asked = false
  await page.route('**/api/applicant', async (route) => {
    if ((route.request().postData() ?? '').includes(`"action":"${action}"`)) { asked = true; await held }
    await route.continue()
  })
  return { asked: () => asked, release }
}

/** Where the element's top is on the screen. */
const topOf = (page: Page, testId: string) => byId(page, testId).evaluate((el) => el.getBoundingClientRect().top)

/** The accounts of the draft the wizard keeps on the phone (Taro's h5 storage wraps each value as {data}; ours are JSON text). */
function storedAccounts (page: Page): Promise<unknown[]> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('wizard:draft:'))
    const stored = JSON.parse(localStorage.getItem(key ?? '') ?? 'null') as { data?: string } | null
    return (JSON.parse(stored?.data ?? '{}') as { content?: { accounts?: unknown[] } }).content?.accounts ?? []
  })
}

describe.each([false, true])('late answers in the wizard (large font: %s)', (largeFont) => {
  test('when the ownership code arrives after the account is complete, then 下一步 and everything below the code box stay where they were, and 下一步 goes on with one account', async () => {
    const page = await e2e.phone(largeFont ? 'demo-applicant-b' : 'demo-applicant-a', { largeFont })
    const codes = await holdAnswer(page, 'ownership-codes')
    await page.goto(`${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`)
    await touch(byId(page, 'start-filing'))
    await stepIs(page, 1)
    await individualStep1(page)
    await next(page, 2)
    await touch(byId(page, 'add-self_media'))
    await pick(page, 'accounts.0.platform', '抖音')
    await type(page, 'accounts.0.accountName', largeFont ? '开平侨乡日记' : '开平侨乡故事')
    await type(page, 'accounts.0.accountId', largeFont ? 'kp_qx_diary' : 'kp_qx_story')
    await type(page, 'accounts.0.followers', '12800')
    await pick(page, 'accounts.0.openedOn')
    await pick(page, 'accounts.0.category')
    await byId(page, 'ownership-0').waitFor()
    await until(async () => codes.asked(), (a) => a)

    await byId(page, 'wizard-next').scrollIntoViewIfNeeded()
    const before = { next: await topOf(page, 'wizard-next'), add: await topOf(page, 'add-self_media') }
    codes.release()
    await byId(page, 'ownership-code-0').waitFor()
    await e2e.shot(page, `wizard-ownership-code${largeFont ? '-large' : ''}`)
    const after = { next: await topOf(page, 'wizard-next'), add: await topOf(page, 'add-self_media') }
    expect(after).toEqual(before)

    await next(page, 3)
    expect(await storedAccounts(page)).toEqual([expect.objectContaining({ platform: 'douyin', followers: 12800 })])
  }, 240_000)

  test('when the list of saved subject profiles is slow to answer, then step 1 waits with a skeleton instead of showing the type choice the list would push down', async () => {
    const page = await e2e.phone(largeFont ? 'demo-applicant-b' : 'demo-applicant-a', { largeFont })
    const profiles = await holdAnswer(page, 'profiles')
    await page.goto(`${e2e.server.url}/packages/wizard/pages/start/index?fresh=1${largeFont ? '&font=large' : ''}`)
    await until(async () => profiles.asked(), (a) => a)
    await page.locator('.skeleton[aria-busy="true"] >> visible=true').first().waitFor()
    expect(await byId(page, 'subject.type-individual').count()).toBe(0)
    profiles.release()
    await byId(page, 'subject.type-individual').waitFor()
    expect(await page.locator('.skeleton >> visible=true').count()).toBe(0)
  }, 240_000)
})
