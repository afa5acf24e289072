/**
 * Opens the wizard on a given step, as a returning applicant would: the draft exists in the
 * cloud (saved through the real applicant actions) and the phone remembers which step it was on
 * (the wizard's own local copy, `wizard:draft:<id>`, not dirty, so the cloud content is loaded).
 */
import { cloudTransport, PNG } from './admin-fixtures'
import { openPage, wxApi, type LoadedPage, type WxNode } from './harness'
import type { LocalCloud } from './cloud'

export const APPLICANT = 'demo-applicant-a'

/**
 * miniprogram-simulate's storage keeps nothing; the phone's does. Installed before bootApp,
 * because Taro binds wx's APIs at launch.
 */
export function installPhoneStorage (): Map<string, unknown> {
  require('miniprogram-simulate')
  const wx = (global as any).wx
  const store = new Map<string, unknown>()
  wx.setStorageSync = (k: string, v: unknown) => { store.set(k, v) }
  wx.getStorageSync = (k: string) => (store.has(k) ? store.get(k) : '')
  wx.removeStorageSync = (k: string) => { store.delete(k) }
  wx.clearStorageSync = () => { store.clear() }
  wx.getStorageInfoSync = () => ({ keys: [...store.keys()], currentSize: 0, limitSize: 10240 })
  return store
}

export const INDIVIDUAL = {
  subject: { type: 'individual', name: '张三丰', idNumber: '440783199001011230', phone: '13800138000', address: '开平市三埠街道港口路1号', town: '440783001' },
  operator: { sameAsSubject: true }
}
export const COMPANY = {
  subject: { type: 'company', name: '开平市示例科技有限公司', uscc: '91350100M000100Y43', phone: '0750-2268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
  operator: { sameAsSubject: false, name: '李运维', idNumber: '440783199001011230', phone: '13800138000' }
}
export const DOUYIN = { kind: 'self_media', id: 'acc-w1', platform: 'douyin', accountName: '开平美食探店', accountId: 'kp_food_001', followers: 12000, openedOn: '2024-02-01', category: '美食' }

/** Uploads a real picture per kind through upload-location, as the capture page would. */
export async function documents (cloud: LocalCloud, kinds: string[]): Promise<Array<Record<string, unknown>>> {
  const { call, upload } = cloudTransport(cloud)
  const out = []
  for (const kind of kinds) {
    const loc = await call(APPLICANT, 'applicant', 'upload-location', { kind, ext: 'png' })
    const fileId = await upload(APPLICANT, loc.cloudPath, PNG, 'image/png')
    out.push({ kind, fileId, source: kind === 'signature' ? 'drawn' : 'camera' })
  }
  cloud.actAs(APPLICANT)
  return out
}

/** Saves the draft in the cloud, remembers `step` on the phone and opens the wizard page on it. */
export async function openWizardAt (cloud: LocalCloud, content: Record<string, unknown>, step: number): Promise<{ page: LoadedPage, id: string }> {
  const { call } = cloudTransport(cloud)
  const saved = await call(APPLICANT, 'applicant', 'save-draft', { content })
  cloud.actAs(APPLICANT)
  const local = { key: saved.id, cloudId: saved.id, version: saved.version, mode: 'new', content, flagged: {}, step, dirty: false, savedAt: new Date().toISOString() }
  wxApi().setStorageSync(`wizard:draft:${saved.id}`, JSON.stringify(local)) // see installPhoneStorage
  const page = await openPage('packages/wizard/pages/start/index', { id: saved.id })
  await untilStepShown(page, step)
  return { page, id: saved.id }
}

/**
 * Waits until the wizard shows `step` (0-based) ready to use: the restored step appears once the
 * draft has loaded (a busy machine takes its time), and its form once what it waits for has
 * answered (step 1: the saved subject profiles, a skeleton till then).
 */
export async function untilStepShown (page: LoadedPage, step: number): Promise<void> {
  await page.eventually(() => {
    expect(page.text()).toContain(`第${step + 1}步，共5步`)
    expect(page.loading()).toBe(false)
  })
}

export async function getFiling (cloud: LocalCloud, id: string): Promise<any> {
  const { call } = cloudTransport(cloud)
  const f = await call(APPLICANT, 'applicant', 'get-filing', { id })
  cloud.actAs(APPLICANT)
  return f
}

/** The input of one field, found by the id the UI kit gives it (`field-accounts-0-accountName`). */
export async function field (page: LoadedPage, path: string): Promise<WxNode> {
  const id = `field-${path.replace(/\./g, '-')}`
  await page.until(() => (Array.from(page.root.dom.querySelectorAll('wx-input')) as any[]).some((e) => e.__wxElement?.id === id || e.id === id))
  return page.control('wx-input', id)
}

