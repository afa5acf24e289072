import { bootApp, openPage, wxApi, type LoadedPage, type WxNode } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { untilStepShown } from './wizard-steps.fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  wxApi().clearStorageSync?.()
  page = await openPage('packages/wizard/pages/start/index')
  await untilStepShown(page, 0)
})
afterAll(() => { page?.detach(); cloud?.close() })

async function myFilings (): Promise<Array<{ status: string, subjectName: string }>> {
  const { main } = require('../../cloudfunctions/applicant/index')
  const res = await main({ action: 'list-mine', input: {} }, { local: { openid: 'demo-applicant-a' } })
  return res.data.items
}

/** The input of one field, found by the id the UI kit gives it (`field-subject-name`). */
function inputEl (path: string): any {
  const id = `field-${path.replace(/\./g, '-')}`
  return (Array.from(page.root.dom.querySelectorAll('wx-input')) as any[]).find((e) => e.__wxElement?.id === id || e.id === id)
}
const has = (path: string) => inputEl(path) !== undefined
function field (path: string): WxNode {
  const el = inputEl(path)
  if (!el) throw new Error(`no input for ${path}`)
  return { dom: el, wx: el.__wxElement }
}

describe('新建备案 wizard, step 1 主体信息, on the weapp build', () => {
  test('when 下一步 is tapped before choosing a subject type, then the type asks to be chosen and nothing is saved', async () => {
    expect(page.text()).toContain('第1步，共5步')
    await page.tap(page.byText('下一步')[0])
    await page.eventually(() => expect(page.text()).toContain('请选择主体类型'))
    expect(page.text()).toContain('第1步，共5步')
    expect(await myFilings()).toHaveLength(0)
  })

  test('when an individual enters an ID number with a wrong check digit and leaves the field, then the message stands beside it and 下一步 is blocked', async () => {
    await page.tap(page.byText('个人')[0])
    // The individual's fields render after the tap: wait for them instead of a fixed sleep.
    await page.until(() => has('subject.idNumber'))
    await page.input(field('subject.idNumber'), '440783199001011231')
    await page.eventually(() => expect(page.text()).toContain('身份证号码校验位不正确，请核对最后一位'))
    await page.tap(page.byText('下一步')[0])
    await page.eventually(() => expect(page.text()).toContain('需要填写或修改'))
    expect(page.text()).toContain('第1步，共5步')
  })

  test('when a company fills in its details and taps 下一步, then step 2 opens and the draft exists in the cloud', async () => {
    await page.tap(page.byText('企业或单位')[0])
    await page.eventually(() => expect(page.text()).toContain('单位名称'))
    await page.until(() => has('subject.uscc'))
    await page.input(field('subject.name'), '开平市示例科技有限公司')
    await page.input(field('subject.uscc'), '91350100M000100Y43')
    await page.input(field('subject.phone'), '0750-2268000')
    await page.input(field('subject.email'), 'office@example.com')
    await page.input(field('subject.address'), '开平市三埠街道港口路1号')
    await pickFirst('subject.town')
    await page.input(field('operator.name'), '李运维')
    await page.input(field('operator.idNumber'), '440783199001011230')
    await page.input(field('operator.phone'), '13800138000')
    await page.tap(page.byText('下一步')[0])
    await page.eventually(() => expect(page.text()).toContain('第2步，共5步'))
    expect(await myFilings()).toEqual([expect.objectContaining({ status: 'draft', subjectName: '开平市示例科技有限公司' })])
  })
})

/** Fires the picker's change event with the first option, as a tap on it would. */
async function pickFirst (path: string): Promise<void> {
  const pickers = Array.from(page.root.dom.querySelectorAll('wx-picker')) as any[]
  const el = pickers.find((p) => p.textContent.includes('请选择'))
  if (!el) throw new Error(`no picker for ${path}`)
  const exparser = require('miniprogram-exparser')
  exparser.Event.dispatchEvent(el.__wxElement, exparser.Event.create('change', { value: 0 }, { bubbles: true, composed: true }))
  await page.settle()
}
