import { bootApp, openPage, wxApi, type LoadedPage, type WxNode } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { installPhoneStorage } from './wizard-steps.fixtures'

/**
 * The self-check is the filing's basis: 开始备案 hands its answers to the wizard, whose new
 * draft then holds them (备案依据) and the account they described — on the real weapp build.
 */
let cloud: LocalCloud
let store: Map<string, unknown>
let check: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  store = installPhoneStorage()
  bootApp(cloud.stub)
  jest.spyOn(wxApi(), 'navigateTo').mockImplementation((o: any) => { o?.success?.({}); return Promise.resolve({}) as any })
  check = await openPage('packages/wizard/pages/selfcheck/index')
})
afterAll(() => { check?.detach(); cloud?.close() })

function options (label: '是' | '否'): WxNode[] {
  return check.byText(label).filter((n) => (n.dom.textContent ?? '').trim() === label)
}

function field (path: string): WxNode {
  const id = `field-${path.replace(/\./g, '-')}`
  const el = (Array.from(check.root.dom.querySelectorAll('wx-input')) as any[]).find((e) => e.__wxElement?.id === id || e.id === id)
  if (!el) throw new Error(`no input for ${path}`)
  return { dom: el, wx: el.__wxElement }
}

describe('自查 → 新建备案 on the weapp build', () => {
  test('when the self-check says 须备案 and 开始备案 is tapped, then the wizard\'s new draft holds the answers and the account they described', async () => {
    await check.tap(options('是')[0])
    for (const n of options('否').slice(1)) await check.tap(n)
    await check.input(field('selfcheck.accountName'), '开平美食探店')
    await check.pick(0, 0) // 平台: 抖音
    await check.input(field('selfcheck.followers'), '12000')
    await check.tap(check.byText('查看结果')[0])
    await check.eventually(() => expect(check.text()).toContain('判断结果'))
    await check.tap(check.byText('开始备案')[0])
    expect(wxApi().navigateTo).toHaveBeenCalled()
    expect(store.has('wizard:self-check')).toBe(true)

    const wizard = await openPage('packages/wizard/pages/start/index')
    await wizard.until(() => store.has('wizard:draft:new'))
    const draft = JSON.parse(String(store.get('wizard:draft:new')))
    expect(draft.content.basis.answers).toEqual(expect.objectContaining({ registeredInCity: true, accountName: '开平美食探店', platform: 'douyin', followers: 12000 }))
    expect(draft.content.accounts).toEqual([expect.objectContaining({ kind: 'self_media', platform: 'douyin', accountName: '开平美食探店', followers: 12000 })])
    expect(store.has('wizard:self-check')).toBe(false) // taken once
    wizard.detach()
  })

  test('when the self-check says 建议备案 and the operator asks to hear of training, then they are on the outreach list and 备案维护 is one tap away', async () => {
    // The same answers as above (registered here, 抖音), now with 1,200 followers: under the threshold.
    await check.input(field('selfcheck.followers'), '1200')
    await check.tap(check.byText('查看结果')[0])
    await check.eventually(() => expect(check.text()).toContain('建议备案'))
    expect(await cloud.runtime.store.outreachContacts.listOptedIn(null, 10)).toEqual([])
    await check.tap(check.byText('接收培训和活动通知')[0])
    await check.eventually(() => expect(check.text()).toContain('已登记'))
    expect((await cloud.runtime.store.outreachContacts.listOptedIn(null, 10)).map((c) => c.openid)).toEqual(['demo-applicant-a'])
    await check.tap(check.byText('去备案维护更新粉丝数')[0])
    expect(wxApi().navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: expect.stringContaining('pages/upkeep/index') }))
  })
})
