import { bootApp, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { submittedFiling } from './filing-detail.fixtures'
import { cloudTransport } from './admin-fixtures'
import { APPLICANT, getFiling, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'

/**
 * Step 1 使用常用主体 on the real weapp build: an applicant who saved the subject of a submitted
 * filing starts another one; the profile is offered, one tap fills the subject and the ID photos
 * (no new photo), and the draft the cloud keeps holds the same stored files.
 */
let cloud: LocalCloud
let page: LoadedPage
let id: string
let kept: string[]

beforeAll(async () => {
  cloud = await localCloud()
  installPhoneStorage()
  bootApp(cloud.stub)
  const { call } = cloudTransport(cloud)
  const first = await submittedFiling(cloud, APPLICANT)
  const profile = await call(APPLICANT, 'applicant', 'profile-save', { filingId: first.id })
  kept = (await call(APPLICANT, 'applicant', 'profile-get', { id: profile.id })).documents.map((d: { fileId: string }) => d.fileId)
  cloud.actAs(APPLICANT)
  ;({ page, id } = await openWizardAt(cloud, { accounts: [] }, 0))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 1 使用常用主体, on the weapp build', () => {
  test('when the applicant keeps a profile, then step 1 offers it with its masked name and kept photos', async () => {
    await page.until(() => page.text().includes('使用常用主体'))
    expect(page.text()).toContain('身份证人像面、身份证国徽面')
    expect(page.text()).not.toContain('张小明')
  })

  test('when the profile is used, then the subject is filled and the draft holds the profile\'s stored ID photos', async () => {
    await page.tap(page.exact('使用'))
    await page.until(() => page.text().includes('已填入常用主体'))
    await page.tap(page.exact('运维负责人就是本人'))
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第2步，共5步'))
    const f = await getFiling(cloud, id)
    expect(f.content.subject).toEqual(expect.objectContaining({ type: 'individual', name: '张小明', idNumber: '440783199001011230' }))
    expect(f.content.documents.map((d: { fileId: string }) => d.fileId)).toEqual(kept)
  })
})
