/**
 * OCR autofill and the cross-check through `main`: the applicant uploads a photographed ID card
 * (generated, known text), the server reads the stored bytes with the real local engine, the
 * reading is kept (ID number masked + sealed), and a typed number that disagrees is flagged on
 * the review screen's data. Also the ownership codes and the reviewer's checklist (audited).
 */
import sharp from 'sharp'
import { accountKey, AccountSchema } from '../../backend/core'
import { stopLocalOcr } from '../../backend/adapters/local/ocr-paddle'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { applicant, requestId, staff } from './support/flows'
import { completeIndividual, ID_OTHER, selfMedia, uploadDoc } from './support/factories'
import { photograph, PHOTO_VARIANTS, SAMPLE_PERSON, svgOf } from '../support/document-photos'

jest.setTimeout(120_000)

let env: TestEnv
let card: Buffer
beforeAll(async () => {
  // What the capture pipeline uploads: ≤ 400 KB, 2000 px on the long side.
  card = await photograph(svgOf('id_front'), { width: 2000, height: 1500, ...PHOTO_VARIANTS[0] })
  expect(card.length).toBeLessThanOrEqual(400 * 1024)
})
beforeEach(async () => { env = await makeEnv() })
afterEach(() => env.dispose())
afterAll(() => stopLocalOcr())

type Read = { kind: string; read: boolean; fields: Record<string, string>; message: string | null }

async function draftWithCard(over = {}) {
  const content = await completeIndividual(env.rt, OPENID.owner, over)
  const fileId = await uploadDoc(env.rt, OPENID.owner, 'id_front', card)
  content.documents = [...(content.documents ?? []).filter((d) => d.kind !== 'id_front'), { kind: 'id_front', fileId, source: 'camera' }]
  const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content }, 'owner')
  return { ...d, fileId, content }
}

describe('OCR autofill', () => {
  it('when the applicant has the uploaded ID photo read, then name, number and address come back and the reading is kept masked', async () => {
    const d = await draftWithCard()
    const out = await env.ok<Read>(applicant, 'ocr-read', { filingId: d.id, kind: 'id_front', fileId: d.fileId }, 'owner')
    expect(out).toMatchObject({ kind: 'id_front', read: true, message: null, fields: { name: SAMPLE_PERSON.name, idNumber: SAMPLE_PERSON.idNumber, address: SAMPLE_PERSON.address } })
    const stored = await env.rt.trustStore.verifications.get(d.id)
    expect(stored?.readings).toEqual([expect.objectContaining({ kind: 'id_front', fileId: d.fileId, provider: 'paddle', fields: expect.objectContaining({ idNumber: '440783********0014' }) })])
    expect(JSON.stringify(stored)).not.toContain(SAMPLE_PERSON.idNumber)
  })

  it('when the typed ID number disagrees with the card, then the review screen flags it, masked, as of the submission', async () => {
    const d = await draftWithCard({ subject: { type: 'individual', name: SAMPLE_PERSON.name, idNumber: ID_OTHER, phone: '13800138000', address: SAMPLE_PERSON.address, town: '440783001' } })
    await env.ok(applicant, 'ocr-read', { filingId: d.id, kind: 'id_front', fileId: d.fileId }, 'owner')
    const s = await env.ok<{ id: string }>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }, 'owner')
    const got = await env.ok<{ trust: { flags: Array<Record<string, string>>; flagsAt: string | null; readings: Array<{ kind: string; fields: Record<string, string> }> } }>(staff, 'get', { id: s.id }, 'reviewer')
    expect(got.trust.flagsAt).toBe(env.clock.now.toISOString())
    expect(got.trust.flags[0]).toEqual({ path: 'subject.idNumber', level: 'mismatch', code: 'differs', source: 'id_front', typed: `440783********${ID_OTHER.slice(-4)}`, read: '440783********0014', message: '填写的身份证号码与身份证人像面识别结果不一致' })
    expect(got.trust.flags.some((f) => f.path === 'subject.name')).toBe(false)
    expect(got.trust.readings[0].fields.name).toBe(SAMPLE_PERSON.name)
    expect(JSON.stringify(got)).not.toContain(SAMPLE_PERSON.idNumber)
  })

  it('when the photo has no readable text, then nothing is filled and the applicant is told to type', async () => {
    const blank = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 200, b: 200 } } }).jpeg().toBuffer()
    const d = await env.ok<{ id: string }>(applicant, 'save-draft', { content: {} }, 'owner')
    const fileId = await uploadDoc(env.rt, OPENID.owner, 'id_front', blank)
    expect(await env.ok<Read>(applicant, 'ocr-read', { filingId: d.id, kind: 'id_front', fileId }, 'owner')).toEqual({ kind: 'id_front', read: false, fields: {}, message: expect.stringContaining('手动填写') })
  })

  it('when a photo of another person is named, or the filing is not editable, or the kind is unknown, then nothing is read', async () => {
    const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content: {} }, 'owner')
    const othersFile = await uploadDoc(env.rt, OPENID.other, 'id_front', card)
    expect(await env.call(applicant, 'ocr-read', { filingId: d.id, kind: 'id_front', fileId: othersFile }, 'owner')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(applicant, 'ocr-read', { filingId: d.id, kind: 'signature', fileId: othersFile }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '只能识别身份证（人像面、国徽面）和营业执照' } })
    expect(await env.call(applicant, 'ocr-read', { filingId: d.id, kind: 'id_front', fileId: othersFile }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const sub = await draftWithCard()
    await env.ok(applicant, 'submit', { id: sub.id, version: sub.version, requestId: requestId(), subscribed: [] }, 'owner')
    expect(await env.call(applicant, 'ocr-read', { filingId: sub.id, kind: 'id_front', fileId: sub.fileId }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })
})

describe('account ownership proof', () => {
  const website = { kind: 'website' as const, id: 'w1', name: '开平侨乡网', url: 'https://www.kpqx.example', icpNumber: '粤ICP备12345678号-1', openedOn: '2024-01-02' }

  it('when the applicant asks for codes, then each account gets a stable code, the same the reviewer sees', async () => {
    const acc = selfMedia()
    const content = await completeIndividual(env.rt, OPENID.owner, { accounts: [acc, website] })
    const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content }, 'owner')
    const key = accountKey(AccountSchema.parse(acc))
    const codes = await env.ok<{ items: Array<{ key: string; code: string; phrase: string }> }>(applicant, 'ownership-codes', { id: d.id, keys: [key, key] }, 'owner')
    expect(codes.items).toHaveLength(1)
    expect(codes.items[0].code).toMatch(/^[2-9A-HJKMNP-TV-Z]{6}$/)
    expect(codes.items[0].phrase).toBe(`开平市网信办备案验证码${codes.items[0].code}`)
    expect((await env.ok<typeof codes>(applicant, 'ownership-codes', { id: d.id, keys: [key] }, 'owner')).items[0].code).toBe(codes.items[0].code)
    expect(await env.call(applicant, 'ownership-codes', { id: d.id, keys: [key] }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })

    await env.ok(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }, 'owner')
    const got = await env.ok<{ trust: { accounts: Array<{ accountKey: string; code: string | null; links: Array<{ label: string; copy: string | null }> }> } }>(staff, 'get', { id: d.id }, 'reviewer')
    expect(got.trust.accounts[0]).toMatchObject({ accountKey: key, code: codes.items[0].code })
    expect(got.trust.accounts[1]).toMatchObject({ code: null, links: [{ label: 'ICP备案查询（工信部）', copy: '粤ICP备12345678号-1' }, { label: '公安联网备案查询', copy: 'www.kpqx.example' }] })
  })

  it('when a reviewer ticks the checklist of an account, then it is stored, shown and audited; applicants cannot', async () => {
    const acc = selfMedia()
    const content = await completeIndividual(env.rt, OPENID.owner, { accounts: [acc] })
    const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content }, 'owner')
    await env.ok(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }, 'owner')
    const key = accountKey(AccountSchema.parse(acc))
    const checks = { homepageOpens: true, nameMatches: true, codeSeen: true, followersPlausible: false }
    expect(await env.ok(staff, 'ownership-check', { id: d.id, accountKey: key, checks, note: '粉丝数明显偏少' }, 'reviewer')).toEqual({ accountKey: key, checks, state: 'failed', checkedAt: env.clock.now.toISOString() })
    const got = await env.ok<{ trust: { accounts: Array<Record<string, unknown>> }; history: Array<{ action: string; detail: Record<string, unknown>; actorName: string | null }> }>(staff, 'get', { id: d.id }, 'reviewer')
    expect(got.trust.accounts[0]).toMatchObject({ checks, note: '粉丝数明显偏少', checkedBy: '审核员一' })
    expect(got.history).toContainEqual(expect.objectContaining({ action: 'ownership-check', actorName: '审核员一', detail: expect.objectContaining({ accountKey: key, state: 'failed', followersPlausible: false }) }))
    expect(await env.call(staff, 'ownership-check', { id: d.id, accountKey: key, checks }, 'owner')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(staff, 'ownership-check', { id: d.id, accountKey: 'self_media:douyin:nobody', checks }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await env.call(staff, 'ownership-check', { id: d.id, accountKey: key, checks: { homepageOpens: 'yes' } }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
