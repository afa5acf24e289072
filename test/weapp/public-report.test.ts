import { bootApp, openPage, type LoadedPage, type WxNode } from './harness'
import { localCloud, type LocalCloud } from './cloud'

const REPORTER = 'demo-applicant-b'
let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs(REPORTER)
  bootApp(cloud.stub)
  page = await openPage('packages/public/pages/report/index')
}, 30_000)
afterAll(() => { page?.detach(); cloud?.close() })

type Main = (event: unknown, context: unknown) => Promise<any>
/** The staff entry with only the reports action (the full one loads exceljs, which jsdom cannot). */
async function staffReports (): Promise<Array<{ platform: string, accountName: string, reason: string, details: string }>> {
  const { makeMain } = require('../../backend/entry/make-main')
  const { reports } = require('../../backend/actions/staff/reports.handler')
  const res = await (makeMain({ reports }) as Main)({ action: 'reports', input: {} }, { local: { openid: 'demo-admin' } })
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  return res.data.items
}

function exact (label: string): WxNode {
  const n = page.byText(label).find((x) => (x.dom.textContent ?? '').trim().replace(/^[○●] ?/, '') === label)
  if (!n) throw new Error(`no ${label}`)
  return n
}

/** The field frame (label + control + message) around a message; weapp classes carry a `main--` prefix. */
function frameOf (message: string): string {
  let el: HTMLElement | null = page.byText(message)[0]?.dom ?? null
  while (el !== null && !(el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^\w+--/, '') === 'field')) el = el.parentElement
  return (el?.textContent ?? '').replace(/\s+/g, ' ')
}

async function fillAndSubmit (accountName: string): Promise<void> {
  await page.pick(0, 3) // 快手 (options: 网站, APP, then the config's platforms)
  await page.input(page.control('wx-input', 'field-accountName'), accountName)
  await page.tap(exact('未按规定备案'))
  await page.input(page.control('wx-textarea'), '账号长期发布本地热点资讯，简介中没有备案号。')
  await page.tap(exact('提交举报'))
}

describe('举报 (public subpackage) on the weapp build', () => {
  test('when the form is submitted empty, then each field says what is missing beside it and nothing is sent', async () => {
    expect(page.text()).toContain('举报内容严格保密')
    cloud.stub.callFunction.mockClear()
    await page.tap(exact('提交举报'))
    expect(frameOf('请输入被举报的账号名称')).toContain('被举报的账号名称')
    expect(frameOf('请选择被举报账号所在的平台')).toContain('所在平台')
    expect(frameOf('请选择举报类型')).toContain('举报类型')
    expect(page.text()).toContain('请按上面的提示修改后再提交')
    expect(cloud.stub.callFunction).not.toHaveBeenCalled()
  })

  test('when only spaces are typed as the account name and the field is left, then it is refused beside the field', async () => {
    await page.input(page.control('wx-input', 'field-accountName'), '   ')
    expect(frameOf('请输入被举报的账号名称')).toContain('被举报的账号名称')
  })

  test('when a complete report is submitted, then the confirmation shows the office\'s message and staff see the report', async () => {
    await fillAndSubmit('赤坎古镇日常')
    await page.eventually(() => expect(page.text()).toContain('举报已提交'))
    expect(page.text()).toContain('举报已收到，开平市网信办将依法核查处理，感谢您的监督')
    expect(page.text()).toMatch(/受理编号[\w-]{6,}/)
    expect(await staffReports()).toEqual([expect.objectContaining({ platform: 'kuaishou', accountName: '赤坎古镇日常', reason: '未备案', details: '账号长期发布本地热点资讯，简介中没有备案号。' })])
  })

  test('when the day\'s limit of reports is reached, then submitting says so plainly and no report is added', async () => {
    const { main } = require('../../cloudfunctions/public/index')
    for (let i = 0; i < 9; i++) {
      const r = await main({ action: 'report', input: { platform: 'douyin', accountName: `账号${i}`, reason: '其他' } }, { local: { openid: REPORTER } })
      if (!r.ok) throw new Error(JSON.stringify(r.error))
    }
    await page.tap(exact('再举报一个账号'))
    await fillAndSubmit('三埠生活圈')
    await page.eventually(() => expect(page.text()).toContain('您今天的举报次数已达10次上限，请明天再试'))
    expect(page.text()).not.toContain('举报已提交')
    expect((await staffReports()).map((r) => r.accountName)).not.toContain('三埠生活圈')
  })
})
