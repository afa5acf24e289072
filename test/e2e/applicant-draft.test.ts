import { startE2E, type E2E } from './harness'
import type { Page } from 'playwright-core'
import { touch } from './journey-steps'

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })

async function fill (page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`[data-testid="${path}"] input, input[data-testid="${path}"]`).first()
  await input.fill(value)
  await input.blur()
}

async function companyStep1 (page: Page, shot: (n: string) => Promise<void>): Promise<void> {
  await touch(page.locator('[data-testid="subject.type-company"]'))
  await fill(page, 'subject.name', '开平市示例科技有限公司')
  await fill(page, 'subject.uscc', '91350100M000100Y43')
  await fill(page, 'subject.phone', '0750-2268000')
  await fill(page, 'subject.email', 'office@example.com')
  await fill(page, 'subject.address', '开平市三埠街道港口路1号')
  await touch(page.locator('[data-testid="subject.town"]'))
  await page.locator('text=确定 >> visible=true').last().tap()
  await fill(page, 'operator.name', '李运维')
  await fill(page, 'operator.idNumber', '440783199001011230')
  await fill(page, 'operator.phone', '13800138000')
  await shot('step1')
  await touch(page.locator('[data-testid="wizard-next"]'))
  await page.getByText('第2步，共5步').waitFor()
}

describe('applicant draft in the h5 build', () => {
  for (const largeFont of [false, true]) {
    test(`when the page is reloaded in the middle of step 2${largeFont ? ' (large font)' : ''}, then the draft comes back intact`, async () => {
      const page = await e2e.phone(largeFont ? 'demo-applicant-b' : 'demo-applicant-a', { largeFont })
      const suffix = largeFont ? '-large' : ''
      const shot = (n: string) => e2e.shot(page, `applicant-draft-${n}${suffix}`)
      await page.goto(`${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`)
      await shot('home')
      await touch(page.locator('[data-testid="start-filing"]'))
      await page.getByText('第1步，共5步').waitFor()
      await companyStep1(page, shot)
      await touch(page.locator('[data-testid="add-self_media"]'))
      await touch(page.locator('[data-testid="accounts.0.platform"]'))
      await page.locator('text=确定 >> visible=true').last().tap()
      await fill(page, 'accounts.0.accountName', '开平美食探店')
      await fill(page, 'accounts.0.accountId', 'kp_food_001')
      await fill(page, 'accounts.0.followers', '4200')
      await page.getByText('名称含有“开平”').waitFor()
      await page.getByText('粉丝数5000以上须备案').waitFor()
      await shot('step2-before-reload')
      await page.reload()
      await page.getByText('第2步，共5步').waitFor()
      await page.getByText('开平美食探店').first().waitFor()
      await expect(page.locator('[data-testid="accounts.0.followers"] input, input[data-testid="accounts.0.followers"]').first().inputValue()).resolves.toBe('4200')
      await touch(page.locator('[data-testid="wizard-back"]'))
      await page.getByText('第1步，共5步').waitFor()
      await expect(page.locator('[data-testid="subject.name"] input, input[data-testid="subject.name"]').first().inputValue()).resolves.toBe('开平市示例科技有限公司')
      await shot('step2-after-reload-back-to-step1')
    }, 300_000)
  }
})
