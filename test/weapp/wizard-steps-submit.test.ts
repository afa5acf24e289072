import { bootApp, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { DOUYIN, INDIVIDUAL, documents, getFiling, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'

/**
 * Step 5 提交 of the wizard on the real weapp build. The backend's whoami names the templates it
 * sends the office's answers with (locally: the local notifier's ids); WeChat shows the prompt only
 * when requestSubscribeMessage starts inside the tap, so it must come before any call to the cloud.
 */
let cloud: LocalCloud
let page: LoadedPage
let id: string
/** Cloud calls already made when the prompt was asked for: none of them may be the submit. */
const submitsBeforePrompt: number[] = []
const submitCalls = (): number => cloud.stub.callFunction.mock.calls.filter((c: any[]) => c[0].data.action === 'submit').length
let subscribe: jest.Mock
const TEMPLATES = ['local-review-result', 'local-correction-needed', 'local-deadline-reminder']

beforeAll(async () => {
  cloud = await localCloud()
  subscribe = cloud.subscribePrompt('accept', () => submitsBeforePrompt.push(submitCalls()))
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  ;(global as any).wx.requestSubscribeMessage = subscribe
  bootApp(cloud.stub)
  const docs = await documents(cloud, ['id_front', 'id_back', 'signature'])
  // The phone remembers step 5, but the commitment was never accepted: the backend must refuse.
  ;({ page, id } = await openWizardAt(cloud, { ...INDIVIDUAL, accounts: [DOUYIN], documents: docs }, 4))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 5 提交, on the weapp build', () => {
  test('when 提交备案 is tapped on a filing without the commitment, then the backend refuses and the wizard returns to the commitment with its message', async () => {
    expect(page.text()).toContain('第5步，共5步')
    await page.tap(page.exact('提交备案'))
    await page.until(() => page.text().includes('第4步，共5步'))
    expect(page.text()).toContain('第4步，共5步')
    expect(page.text()).toMatch(/承诺/)
    expect((await getFiling(cloud, id)).status).toBe('draft')
  })

  test('when the commitment is accepted and 提交备案 is tapped, then the prompt for the backend\'s templates comes first, inside the tap, the filing is submitted, and the office\'s approval is the message that arrives', async () => {
    subscribe.mockClear()
    submitsBeforePrompt.length = 0
    await page.tap(page.byText('我已阅读并同意以上承诺')[0])
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第5步，共5步'))
    expect(page.text()).toContain('第5步，共5步')
    const submitsBefore = submitCalls()
    await page.tap(page.exact('提交备案'))
    await page.until(() => page.text().includes('提交成功'))
    expect(page.text()).toContain('提交成功')
    expect(page.text()).toContain('查看我的备案')
    expect((await getFiling(cloud, id)).status).toBe('submitted')
    expect(subscribe).toHaveBeenCalledTimes(1)
    expect(subscribe.mock.calls[0][0].tmplIds).toEqual(TEMPLATES)
    // Only documented parameters: no `entityIds` (not a mini-program parameter).
    expect(Object.keys(subscribe.mock.calls[0][0]).filter((k) => !['success', 'fail', 'complete'].includes(k))).toEqual(['tmplIds'])
    expect(submitsBeforePrompt).toEqual([submitsBefore])
    expect(submitCalls()).toBe(submitsBefore + 1)
    expect(wxApi().requestSubscribeMessage).toBe(subscribe)
    // The applicant's own submission is confirmed on screen and spends no message…
    expect(await cloud.runtime.store.outbox.listByFiling(id)).toEqual([])
    // …so the consent pays for the office's answer, which WeChat (the local notifier) delivers.
    const reviewer = cloud.runtime.demoIdentities.find((d) => d.role === 'admin')?.openid ?? ''
    const staff = require('../../cloudfunctions/staff/index').main
    const system = require('../../cloudfunctions/system/index').main
    const f = await getFiling(cloud, id)
    expect(await staff({ action: 'decide', input: { id, version: f.version, decision: { decision: 'approve' } } }, { local: { openid: reviewer } })).toMatchObject({ ok: true })
    expect(await system({ action: 'tick', input: {} }, { local: { openid: reviewer } })).toMatchObject({ ok: true, data: { dispatch: { sent: 1 } } })
    expect(await cloud.runtime.inbox.list()).toEqual([expect.objectContaining({ status: 'delivered', templateId: 'local-review-result', data: expect.objectContaining({ phrase2: { value: '已通过' } }) })])
  })
})
