/**
 * A company with a website, an APP and two self-media accounts files through the wizard in the h5
 * build (real Chromium, fake camera, real local server), as a person would: its licence as a photo
 * and a two-page PDF scan (reordered on screen), ID sides and the stamped form photographed. Then the
 * 登记备案表 stored with the filing shows every field entered, checked field by field, and the new
 * states (multi-page documents, PDF tiles, the stored form on the review screen) pass axe-core.
 * The only calls around the UI are the office's setup (a reviewer invited) and reading the result.
 */
import type { Page } from 'playwright-core'
import type { FormLine, FormSheet } from '../../src/core/filing/registration-form'
import { maskIdNumber } from '../../src/core/mask'
import { makePdf } from '../support/pdf'
import { startE2E, type E2E } from './harness'
import { ID_NUMBER, byId, next, photograph, pick, settled, stepIs, type, until, touch } from './journey-steps'

const AXE = require.resolve('axe-core/axe.min.js')

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })

async function axe (page: Page): Promise<Array<{ id: string, targets: string[] }>> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, nodes: Array<{ target: string[] }> }> }> } }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
}

let reviewerReady = false
async function ensureReviewer (): Promise<void> {
  if (reviewerReady) return
  const invite = await e2e.call<{ code: string }>('demo-admin', 'staff', 'staff-invite', { name: '李审核', role: 'reviewer' })
  await e2e.call('demo-reviewer', 'applicant', 'redeem-invite', { code: invite.code, idNumber: '440783198803150027', mobile: '13600136000' })
  reviewerReady = true
}

const values = (lines: FormLine[] | null) => (lines ?? []).map((l) => l.value)

async function fileCompany (largeFont: boolean): Promise<void> {
  const suffix = largeFont ? '-large' : ''
  const owner = largeFont ? 'demo-applicant-b' : 'demo-applicant-a'
  const tag = largeFont ? 'l' : 'n'
  const page = await e2e.phone(owner, { largeFont })
  let n = 0
  const shot = async (name: string) => { n++; await e2e.shot(page, `company-wizard${suffix}-${String(n).padStart(2, '0')}-${name}`) }
  const entered = {
    name: `开平市碉楼文化传播有限公司${largeFont ? '二部' : ''}`,
    uscc: '91350100M000100Y43',
    legal: '周法人',
    phone: '0750-2268001',
    email: 'diaolou@example.com',
    address: '开平市长沙街道幕沙路12号',
    operator: '李运维',
    operatorPhone: '13800138000',
    douyin: { name: `开平碉楼探访${tag}`, id: `kp_diaolou_visit_${tag}`, followers: '8600', intro: '走访开平碉楼与村落' },
    mp: { name: `开平碉楼文化${tag}`, id: `kp_diaolou_culture_${tag}`, followers: '6200' },
    site: { name: '碉楼文化传播官网', domain: `diaolou-${tag}.cn`, icp: '粤ICP备2024012345号-1', psb: '粤公网安备44078302000123号', host: '腾讯云' },
    app: { name: `碉楼通${tag}`, stores: '华为应用市场', developer: '开平市碉楼文化传播有限公司', pkg: `cn.diaolou.tong${tag}`, filing: '粤ICP备2024012345号-2A' }
  }

  await page.goto(`${e2e.server.url}/pages/home/index${largeFont ? '?font=large' : ''}`)
  await touch(byId(page, 'start-filing'))
  await stepIs(page, 1)
  await touch(byId(page, 'subject.type-company'))
  await type(page, 'subject.name', entered.name)
  await type(page, 'subject.uscc', entered.uscc)
  await type(page, 'subject.legalRepresentative', entered.legal)
  await type(page, 'subject.phone', entered.phone)
  await type(page, 'subject.email', entered.email)
  await pick(page, 'subject.town', '长沙街道')
  await type(page, 'subject.address', entered.address)
  await type(page, 'operator.name', entered.operator)
  await type(page, 'operator.idNumber', ID_NUMBER)
  await type(page, 'operator.phone', entered.operatorPhone)
  await next(page, 2)

  const media = async (i: number, platform: string, a: { name: string, id: string, followers: string }) => {
    await touch(byId(page, 'add-self_media'))
    await pick(page, `accounts.${i}.platform`, platform)
    await type(page, `accounts.${i}.accountName`, a.name)
    await type(page, `accounts.${i}.accountId`, a.id)
    await type(page, `accounts.${i}.followers`, a.followers)
    await pick(page, `accounts.${i}.openedOn`)
    await pick(page, `accounts.${i}.category`)
  }
  await media(0, '抖音', entered.douyin)
  await type(page, 'accounts.0.intro', entered.douyin.intro)
  await pick(page, 'accounts.0.verification', '企业认证')
  await touch(byId(page, 'accounts.0.liveStreaming-yes'))
  await media(1, '微信公众号', entered.mp)
  await touch(byId(page, 'add-website'))
  await type(page, 'accounts.2.name', entered.site.name)
  await type(page, 'accounts.2.domain', entered.site.domain)
  await type(page, 'accounts.2.icpNumber', entered.site.icp)
  await type(page, 'accounts.2.psbNumber', entered.site.psb)
  await type(page, 'accounts.2.hostingProvider', entered.site.host)
  await touch(byId(page, 'add-app'))
  await type(page, 'accounts.3.name', entered.app.name)
  await type(page, 'accounts.3.stores', entered.app.stores)
  await type(page, 'accounts.3.developer', entered.app.developer)
  await type(page, 'accounts.3.packageName', entered.app.pkg)
  await type(page, 'accounts.3.appFilingNumber', entered.app.filing)
  await next(page, 3)

  // The licence: a photo, then its 副本 as a two-page PDF scan from the file picker, then reordered.
  await photograph(page, 'license')
  const chooser = page.waitForEvent('filechooser')
  await touch(byId(page, 'document-pdf-license'))
  await (await chooser).setFiles({ name: '营业执照副本.pdf', mimeType: 'application/pdf', buffer: makePdf({ pages: 2 }) })
  await until(() => byId(page, 'document-count-license').textContent(), (t) => (t ?? '').includes('已上传 3 页'))
  const tiles = () => page.locator('[data-testid="document-slot-license"] >> visible=true').first().locator('[data-testid="document-page-license"]')
  expect(await tiles().count()).toBe(2)
  await expect(tiles().nth(1).locator('[data-testid="document-pdf-tile-license"]').textContent()).resolves.toContain('共2页')
  await touch(tiles().nth(1).getByText('上移', { exact: true }))
  await tiles().nth(0).locator('[data-testid="document-pdf-tile-license"]').waitFor()
  await photograph(page, 'id_front')
  await photograph(page, 'id_back')
  await photograph(page, 'registration_form')
  await settled(page)
  await shot('documents-pages')
  expect(await axe(page)).toEqual([])
  await next(page, 4)

  // The preview shows every page, the PDF as its tile.
  const preview = byId(page, 'preview-2')
  await preview.waitFor()
  await until(() => preview.locator('[data-testid="preview-document"]').count(), (c) => c === 5)
  await expect(preview.textContent()).resolves.toContain('营业执照 第1页')
  await expect(preview.textContent()).resolves.toContain('共2页')
  await touch(byId(page, 'commitment-accept'))
  await shot('preview')
  expect(await axe(page)).toEqual([])
  await next(page, 5)
  await touch(byId(page, 'submit'))
  await byId(page, 'submit-done').waitFor()

  // The stored filing and its stored form, field by field.
  const mine = (await e2e.call<{ items: Array<{ id: string, accountNames: string[] }> }>(owner, 'applicant', 'list-mine', {})).items
  const id = mine.find((f) => f.accountNames.includes(entered.douyin.name))?.id
  expect(id).toBeDefined()
  await ensureReviewer()
  const view = await e2e.call<{ registrationForm: FormSheet | null, content: { documents: Array<{ kind: string, format?: string, pages?: number }> } }>('demo-reviewer', 'staff', 'get', { id })
  expect(view.content.documents.filter((d) => d.kind === 'license').map((d) => d.format ?? 'jpeg')).toEqual(['pdf', 'jpeg'])
  const sheet = view.registrationForm
  expect(sheet).not.toBeNull()
  const form = sheet!.form
  expect(sheet!.subjectName).toBe(entered.name)
  for (const v of [entered.name, entered.uscc, entered.legal, entered.phone, entered.email, '长沙街道', entered.address]) expect([v, values(form.subject).some((x) => x.includes(v))]).toEqual([v, true])
  for (const v of [entered.operator, maskIdNumber(ID_NUMBER), entered.operatorPhone]) expect([v, values(form.operator).includes(v)]).toEqual([v, true])
  const rows = form.accounts.rows
  expect(rows).toHaveLength(4)
  expect(rows[0]).toEqual(expect.arrayContaining(['抖音', entered.douyin.name, entered.douyin.id, entered.douyin.followers]))
  expect(rows[1]).toEqual(expect.arrayContaining(['微信公众号', entered.mp.name, entered.mp.id, entered.mp.followers]))
  expect(rows[2].join('|')).toContain(entered.site.domain)
  expect(rows[3].join('|')).toContain(entered.app.name)
  const detail = (i: number) => values(form.details.find((d) => d.title.includes(i === 2 ? entered.site.name : i === 3 ? entered.app.name : i === 0 ? entered.douyin.name : entered.mp.name))?.lines ?? null)
  for (const v of [entered.douyin.intro, '企业认证', '是']) expect([v, detail(0).includes(v)]).toEqual([v, true])
  for (const v of [entered.site.icp, entered.site.psb, entered.site.host]) expect([v, detail(2).includes(v)]).toEqual([v, true])
  for (const v of [entered.app.stores, entered.app.developer, entered.app.pkg, entered.app.filing]) expect([v, detail(3).some((x) => x.includes(v))]).toEqual([v, true])

  // The reviewer's screen: every page (the PDF tile carries the purpose mark) and the stored form, axe clean.
  const reviewer = await e2e.phone('demo-reviewer', { largeFont })
  await reviewer.goto(`${e2e.server.url}/packages/admin/pages/detail/index?id=${encodeURIComponent(id!)}${largeFont ? '&font=large' : ''}`)
  const docs = byId(reviewer, 'documents')
  await docs.waitFor()
  await until(() => docs.locator('[data-testid="document"]').count(), (c) => c === 5)
  await expect(docs.locator('[data-testid="document-pdf"]').first().textContent()).resolves.toContain('仅供')
  const stored = byId(reviewer, 'registration-form')
  await stored.locator('img').first().waitFor()
  await expect(stored.textContent()).resolves.toContain('提交时')
  await settled(reviewer)
  await e2e.shot(reviewer, `company-wizard${suffix}-reviewer-detail`)
  expect(await axe(reviewer)).toEqual([])
}

describe('a company files a website, an APP and two self-media accounts through the wizard', () => {
  test('when it attaches a photo and a PDF for its licence and submits, then every page reaches the reviewer and the stored form shows every field entered', async () => {
    await fileCompany(false)
  }, 300_000)

  test('(large font) when the same company journey is made in large-font mode, then it works the same and passes axe', async () => {
    await fileCompany(true)
  }, 300_000)
})
