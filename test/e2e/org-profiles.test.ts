/**
 * Subject profiles (常用主体, issue 12 §7) in the h5 build, as a person would: a company whose first
 * filing is submitted (its licence, ID sides and stamped form stored, arranged through the real
 * actions) taps 保存为常用主体 on the filing, starts its second filing, taps 使用 on step 1 — the
 * subject is filled — and on step 3 the licence is already provided: nobody photographs it again.
 * Only the stamped form (per filing) is still asked. Normal and large font; axe finds no violation
 * on the 常用主体 screen, the profile on step 1 and the documents step.
 */
import { paths } from '../../src/core/routes'
import { PNG } from '../weapp/admin-fixtures'
import { startE2E, type E2E } from './harness'
import { byId, ID_NUMBER, inputValue, next, settled, STATE_WAIT_MS, stepIs, type, until, touch } from './journey-steps'
import { axeViolations } from './support/axe'

jest.setTimeout(300_000)

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 120_000)
afterAll(async () => { await e2e?.close() })

const COMPANY = { type: 'company', name: '开平市侨乡文旅传媒有限公司', uscc: '91350100M000100Y43', legalRepresentative: '周法人', phone: '0750-2268001', email: 'qiaoxiang@example.com', address: '开平市长沙街道幕沙路12号', town: '440783002' }
const OPERATOR = { sameAsSubject: false, name: '李运维', idNumber: ID_NUMBER, phone: '13800138000' }
const douyin = (tag: string, n: number) => ({ kind: 'self_media', id: `acc-${tag}-${n}`, platform: 'douyin', accountName: `侨乡文旅${tag}${n}号`, accountId: `qx_wl_${tag}_${n}`, followers: 5200, openedOn: '2024-02-01', category: '旅游' })

async function stored (owner: string, kind: string): Promise<string> {
  const loc = await e2e.call<{ cloudPath: string }>(owner, 'applicant', 'upload-location', { kind, ext: 'png' })
  const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(loc.cloudPath)}`, { method: 'POST', headers: { 'content-type': 'image/png', 'x-demo-openid': owner }, body: PNG })
  const body = await res.json() as { ok: boolean, data: { fileId: string } }
  if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
  return (await e2e.call<{ fileId: string }>(owner, 'applicant', 'ingest-document', { fileId: body.data.fileId })).fileId
}

for (const large of [false, true]) {
  test(`when a company that saved its subject starts a second filing${large ? ' (large font)' : ''}, then step 1 fills from the profile and the licence is already provided`, async () => {
    const owner = `demo-org-profile-${large ? 'l' : 'n'}`
    const tag = large ? 'l' : 'n'
    const font = large ? '&font=large' : ''
    const shot = (name: string) => e2e.shot(page, `org-profiles-${name}${large ? '-large' : ''}`)
    const documents = []
    for (const kind of ['license', 'id_front', 'id_back', 'registration_form']) documents.push({ kind, fileId: await stored(owner, kind), source: 'camera' })
    const licence = documents[0].fileId
    const first = await e2e.call<{ id: string, version: number }>(owner, 'applicant', 'save-draft', { content: { subject: COMPANY, operator: OPERATOR, accounts: [douyin(tag, 1)], documents, commitment: { accepted: true, acceptedAt: new Date().toISOString(), textVersion: 'v1' } } })
    await e2e.call(owner, 'applicant', 'submit', { id: first.id, version: first.version, requestId: `profile-e2e-${tag}-0001`, subscribed: [] })

    // 保存为常用主体 from the submitted filing: the 常用主体 screen confirms and lists it.
    const page = await e2e.phone(owner, { largeFont: large })
    await page.goto(`${e2e.server.url}${paths.filingDetail(first.id)}${font}`)
    await touch(byId(page, 'save-profile'))
    await byId(page, 'profile-saved').waitFor({ timeout: STATE_WAIT_MS })
    await touch(byId(page, 'profile').first())
    await byId(page, 'profile-documents').waitFor({ timeout: STATE_WAIT_MS })
    expect(await byId(page, 'profiles').textContent()).toContain('91350100M000100Y43')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await shot('01-saved')

    // The second filing: its account already entered (as the bulk import would), subject and documents not.
    const second = await e2e.call<{ id: string }>(owner, 'applicant', 'save-draft', { content: { accounts: [douyin(tag, 2)] } })
    await page.goto(`${e2e.server.url}${paths.wizard({ id: second.id })}${font}`)
    await stepIs(page, 1)
    await byId(page, 'profile-pick').waitFor({ timeout: STATE_WAIT_MS })
    await touch(byId(page, 'profile-use').first())
    await byId(page, 'profile-used').waitFor({ timeout: STATE_WAIT_MS })
    expect(await inputValue(page, 'subject.name')).toBe(COMPANY.name)
    expect(await inputValue(page, 'subject.uscc')).toBe(COMPANY.uscc)
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await shot('02-step1-used')
    // The operations person is per filing: typed as usual.
    await type(page, 'operator.name', OPERATOR.name)
    await type(page, 'operator.idNumber', OPERATOR.idNumber)
    await type(page, 'operator.phone', OPERATOR.phone)
    await next(page, 2)
    await next(page, 3)
    await until(() => byId(page, 'document-status-license').textContent(), (t) => t === '已上传')
    expect(await byId(page, 'document-status-registration_form').textContent()).not.toBe('已上传')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await shot('03-documents')
    const draft = await e2e.call<{ content: { subject: { name: string }, documents: Array<{ kind: string, fileId: string }> } }>(owner, 'applicant', 'get-filing', { id: second.id })
    expect(draft.content.subject.name).toBe(COMPANY.name)
    expect(draft.content.documents.filter((d) => d.kind === 'license').map((d) => d.fileId)).toEqual([licence])
    await page.context().close()
  })
}
