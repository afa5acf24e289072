import { byId, inputOf, pick, touch } from './journey-steps'
import { startE2E, type E2E } from './harness'

let e2e: E2E
let approved: { filingNumber: string, accountNames: string[], subjectName: string }

beforeAll(async () => {
  e2e = await startE2E({ seedDemo: true })
  // The demo data holds approved filings; staff see their numbers in the queue.
  const queue = await e2e.call('demo-admin', 'staff', 'queue', { status: 'approved' })
  const item = (queue.items as typeof approved[]).find((i) => i.filingNumber !== null)
  if (item === undefined) throw new Error('the demo data has no approved filing')
  approved = item
}, 180_000)
afterAll(async () => { await e2e?.close() })

describe('the public side in the h5 build: 备案查询 and 举报', () => {
  for (const largeFont of [false, true]) {
    const suffix = largeFont ? '-large' : ''
    test(`when a person looks up an approved filing from 首页 and then reports an account${largeFont ? ' (large font)' : ''}, then they see 已备案 and the report's confirmation`, async () => {
      const page = await e2e.phone(largeFont ? 'demo-applicant-b' : 'demo-applicant-a', { largeFont })
      const shot = (n: string) => e2e.shot(page, `public-${n}${suffix}`)
      await page.goto(`${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`)
      await byId(page, 'public-lookup').waitFor()
      await shot('home')
      await touch(byId(page, 'public-lookup'))
      await page.getByText('输入备案号，或选择平台并输入账号名称').waitFor()

      await inputOf(page, 'filingNumber').fill(approved.filingNumber)
      await touch(byId(page, 'lookup-search'))
      const result = byId(page, 'lookup-result')
      await result.getByText('已备案').waitFor()
      const text = await result.innerText()
      expect(text).toContain(approved.filingNumber)
      expect(text).toContain(approved.accountNames[0])
      expect(text).toMatch(/备案日期\s*\d{4}-\d{2}-\d{2}/)
      expect(text).not.toContain(approved.subjectName)
      await shot('lookup-found')

      await page.goBack()
      await touch(byId(page, 'public-report'))
      await page.getByText('举报内容严格保密').waitFor()
      await touch(byId(page, 'report-submit'))
      await page.getByText('请输入被举报的账号名称').waitFor()
      await shot('report-empty')
      await pick(page, 'platform', '快手')
      await inputOf(page, 'accountName').fill('开平热点速递')
      await inputOf(page, 'accountName').blur()
      await touch(byId(page, 'reason-未备案'))
      await inputOf(page, 'details').fill('账号每天发布开平本地新闻，简介中没有备案号。')
      await shot('report-filled')
      await touch(byId(page, 'report-submit'))
      await byId(page, 'report-done').getByText('举报已收到').waitFor()
      await shot('report-done')

      const reports = await e2e.call('demo-admin', 'staff', 'reports', {})
      expect(reports.items).toEqual(expect.arrayContaining([expect.objectContaining({ platform: 'kuaishou', accountName: '开平热点速递', reason: '未备案' })]))
    }, 120_000)
  }
})
