/**
 * Subject profiles (常用主体, issue 12 §7), through `main` on the real SQLite store: an applicant saves
 * the subject of a submitted filing, the next filing copies it (no new photo of the ID or licence),
 * the ID number is sealed at rest and masked in lists, a change never alters an approved filing but
 * is offered as amendments that go to review, and a stranger can never read, use or change it.
 */
import { applicant, applicantAs, approved, draftOf, requestId, staff, submitted } from './support/flows'
import { ID_OWNER, individualDraft, uploadDoc } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import type { DraftContent, ProfileContent } from '../../backend/core'

const STRANGER = 'oStranger00000000000000000007'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const as = applicantAs
const mine = <T = Record<string, unknown>>(action: string, input: unknown) => env.ok<T>(applicant, action, input, 'owner')

type Got = { id: string; version: number; subject: Record<string, unknown>; documents: Array<{ kind: string; fileId: string }>; documentLinks: Record<string, string>; stale: Array<{ id: string; version: number }> }
type Listed = { items: Array<{ id: string; version: number; name: string; code: string; subjectType: string; documents: string[] }> }

async function savedProfile(): Promise<{ filingId: string; profileId: string }> {
  const s = await submitted(env)
  const saved = await mine<{ id: string; created: boolean }>('profile-save', { filingId: s.id })
  expect(saved.created).toBe(true)
  return { filingId: s.id, profileId: saved.id }
}

test('when a submitted filing is saved as a profile, then it keeps the subject and its ID photos only, sealed at rest and masked in the list', async () => {
  const { filingId, profileId } = await savedProfile()
  const list = await mine<Listed>('profiles', {})
  expect(list.items).toHaveLength(1)
  expect(list.items[0]).toMatchObject({ id: profileId, subjectType: 'individual', documents: ['身份证人像面', '身份证国徽面'] })
  expect(list.items[0].code).not.toContain(ID_OWNER)
  expect(list.items[0].name).not.toBe('张小明')
  // At rest: the stored document holds the mask and a ciphertext, never the number.
  const stored = await env.rt.store.profiles.get(profileId)
  expect(JSON.stringify(stored)).not.toContain(ID_OWNER)
  // The owner reads it in full (it fills their wizard), with short-lived links to the photos.
  const got = await mine<Got>('profile-get', { id: profileId })
  expect(got.subject).toMatchObject({ type: 'individual', name: '张小明', idNumber: ID_OWNER })
  expect(got.documents.map((d) => d.kind)).toEqual(['id_front', 'id_back'])
  expect(Object.keys(got.documentLinks).sort()).toEqual(got.documents.map((d) => d.fileId).sort())
  // Saving the same subject again refreshes the one profile.
  const again = await mine<{ id: string; version: number; created: boolean }>('profile-save', { filingId })
  expect(again).toMatchObject({ id: profileId, version: got.version + 1, created: false })
  expect((await mine<Listed>('profiles', {})).items).toHaveLength(1)
  const trail = await env.rt.store.audit.listByFiling(filingId)
  expect(trail.map((a) => a.action)).toContain('profile-save')
})

test('when a second filing copies the profile, then it submits with the same stored photos and nobody photographs the ID again', async () => {
  const { profileId } = await savedProfile()
  const got = await mine<Got>('profile-get', { id: profileId })
  const signature = { kind: 'signature', fileId: await uploadDoc(env.rt, OPENID.owner, 'signature'), source: 'drawn' }
  const content = {
    ...individualDraft({ accounts: [{ kind: 'self_media', id: 'acc-second', platform: 'kuaishou', accountName: '开平碉楼日记', accountId: 'kp_diaolou', followers: 8000, openedOn: '2024-01-10', category: '旅游' }] }),
    subject: got.subject,
    documents: [...got.documents, signature],
    commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' }
  }
  const d = await mine<{ id: string; version: number }>('save-draft', { content })
  const sent = await mine<{ status: string }>('submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] })
  expect(sent.status).toBe('submitted')
  const stored = await env.rt.store.filings.get(d.id)
  const kinds = (stored!.working.content.documents as Array<{ kind: string; fileId: string }>).filter((x) => x.kind.startsWith('id_'))
  expect(kinds).toEqual(got.documents.map((x) => expect.objectContaining({ kind: x.kind, fileId: x.fileId })))
})

test('when a stranger tries a profile, then it is never read, changed, deleted or synced, and its files cannot enter their filing', async () => {
  const { profileId } = await savedProfile()
  const got = await mine<Got>('profile-get', { id: profileId })
  const content: ProfileContent = { subject: got.subject as ProfileContent['subject'], documents: got.documents as ProfileContent['documents'] }
  for (const [action, input] of [
    ['profile-get', { id: profileId }],
    ['profile-update', { id: profileId, version: got.version, content }],
    ['profile-delete', { id: profileId, version: got.version }],
    ['profile-sync', { id: profileId, version: got.version, filingIds: ['x'], requestId: requestId() }]
  ] as const) {
    const r = await as(STRANGER, action, input)
    expect(r.ok ? 'ok' : [r.error.code, r.error.message]).toEqual(['not_found', '未找到该常用主体，或您无权使用'])
  }
  expect((await as<Listed>(STRANGER, 'profiles', {}))).toMatchObject({ ok: true, data: { items: [] } })
  // The stranger copies the owner's file references into a draft of their own: refused, nothing written.
  const stolen = await as(STRANGER, 'save-draft', { content: { ...individualDraft(), subject: got.subject, documents: got.documents } })
  expect(stolen.ok ? 'ok' : stolen.error.code).toBe('forbidden')
  expect(await env.rt.store.filings.listByOwner(STRANGER, 10)).toEqual([])
  // Nor may anyone save a profile from a filing they do not manage.
  const fromOther = await as(STRANGER, 'profile-save', { filingId: (await env.rt.store.profiles.get(profileId))!.sourceFilingId })
  expect(fromOther.ok ? 'ok' : fromOther.error.code).toBe('forbidden')
  expect((await env.rt.store.profiles.get(profileId))?.version).toBe(got.version)
})

test('when the owner puts another person\'s photo or a wrong kind into a profile, then the change is refused in Chinese and nothing changes', async () => {
  const { profileId } = await savedProfile()
  const got = await mine<Got>('profile-get', { id: profileId })
  const subject = got.subject as ProfileContent['subject']
  const foreign = await uploadDoc(env.rt, STRANGER, 'id_front')
  const theirs = await env.call(applicant, 'profile-update', { id: profileId, version: got.version, content: { subject, documents: [{ kind: 'id_front', fileId: foreign, source: 'camera' }] } }, 'owner')
  expect(theirs.ok ? 'ok' : theirs.error.code).toBe('forbidden')
  const form = await env.call(applicant, 'profile-update', { id: profileId, version: got.version, content: { subject, documents: [{ kind: 'registration_form', fileId: got.documents[0].fileId, source: 'camera' }] } }, 'owner')
  expect(form.ok ? 'ok' : form.error.fields).toEqual({ 'documents.registration_form': expect.stringContaining('常用主体不保存登记备案表') })
  const badId = await env.call(applicant, 'profile-update', { id: profileId, version: got.version, content: { subject: { ...subject, idNumber: '440783199001011231' }, documents: got.documents } }, 'owner')
  expect(badId.ok ? 'ok' : Object.values(badId.error.fields ?? {}).join()).toMatch(/身份证号码/)
  const notSubmitted = await draftOf(env)
  const early = await env.call(applicant, 'profile-save', { filingId: notSubmitted.id }, 'owner')
  expect(early.ok ? 'ok' : early.error.message).toBe('请先提交该备案，再保存为常用主体')
  expect((await env.rt.store.profiles.get(profileId))?.version).toBe(got.version)
})

test('when a profile behind an approved filing changes, then the filing is untouched until an offered amendment passes review', async () => {
  const a = await approved(env)
  const saved = await mine<{ id: string }>('profile-save', { filingId: a.id })
  const got = await mine<Got>('profile-get', { id: saved.id })
  expect(got.stale).toEqual([])
  const subject = { ...(got.subject as ProfileContent['subject']), phone: '13900139000' }
  const updated = await mine<{ version: number; stale: Array<{ id: string; version: number }> }>('profile-update', { id: saved.id, version: got.version, content: { subject, documents: got.documents } })
  expect(updated.stale.map((s) => s.id)).toEqual([a.id])
  const before = await env.rt.store.filings.get(a.id)
  expect(before?.status).toBe('approved')
  expect((before!.approved!.content.subject as Record<string, unknown>).phone).toBe('13800138000')
  // 同步到 1 个备案: an amendment goes to review; the approved version stays valid meanwhile.
  const synced = await mine<{ items: Array<{ id: string; status: string }> }>('profile-sync', { id: saved.id, version: updated.version, filingIds: [a.id], requestId: requestId() })
  expect(synced.items).toEqual([expect.objectContaining({ id: a.id, status: 'amending' })])
  const amending = await env.rt.store.filings.get(a.id)
  expect((amending!.approved!.content.subject as Record<string, unknown>).phone).toBe('13800138000')
  expect((amending!.working.content.subject as Record<string, unknown>).phone).toBe('13900139000')
  // Once in review it is no longer offered; a filing of another subject never is.
  expect((await mine<Got>('profile-get', { id: saved.id })).stale).toEqual([])
  const refused = await env.call(applicant, 'profile-sync', { id: saved.id, version: updated.version, filingIds: [a.id], requestId: requestId() }, 'owner')
  expect(refused.ok ? 'ok' : refused.error.message).toContain('请刷新后重试')
  await env.ok(staff, 'decide', { id: a.id, version: amending!.version, decision: { decision: 'approve' } }, 'reviewer')
  expect(((await env.rt.store.filings.get(a.id))!.approved!.content.subject as Record<string, unknown>).phone).toBe('13900139000')
})

test('when a profile is deleted, then it leaves the list and the filings that copied it keep their photos', async () => {
  const { filingId, profileId } = await savedProfile()
  const got = await mine<Got>('profile-get', { id: profileId })
  const stale = await env.call(applicant, 'profile-delete', { id: profileId, version: got.version + 1 }, 'owner')
  expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict')
  await mine('profile-delete', { id: profileId, version: got.version })
  expect((await mine<Listed>('profiles', {})).items).toEqual([])
  const gone = await env.call(applicant, 'profile-get', { id: profileId }, 'owner')
  expect(gone.ok ? 'ok' : gone.error.code).toBe('not_found')
  const filing = await env.rt.store.filings.get(filingId)
  const docs = filing!.working.content.documents as DraftContent['documents']
  for (const d of docs ?? []) expect((await env.rt.files.info(d.fileId)).exists).toBe(true)
})

test('when bad input reaches the profile actions, then each answers in Chinese naming the fix', async () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['profile-get', {}, /缺少常用主体编号/],
    ['profile-save', { filingId: 7 }, /备案编号无效/],
    ['profile-update', { id: 'p', version: 1, content: { subject: { type: 'robot' }, documents: [] } }, /请选择主体类型/],
    ['profile-sync', { id: 'p', version: 1, filingIds: [], requestId: requestId() }, /请选择要同步的备案/],
    ['profiles', { extra: 1 }, /[\u4e00-\u9fa5]/]
  ]
  for (const [action, input, message] of cases) {
    const r = await env.call(applicant, action, input, 'owner')
    expect(r.ok ? 'ok' : `${r.error.message} ${Object.values(r.error.fields ?? {}).join(' ')}`).toMatch(message)
  }
})

test('when a draft that copied a profile is deleted or abandoned, then the photos the profile and the first filing hold are kept', async () => {
  const { filingId, profileId } = await savedProfile()
  const got = await mine<Got>('profile-get', { id: profileId })
  const copy = async () => mine<{ id: string; version: number }>('save-draft', { content: { ...individualDraft(), subject: got.subject, documents: got.documents } })
  const d = await copy()
  await mine('delete-draft', { id: d.id, version: d.version })
  for (const doc of got.documents) expect((await env.rt.files.info(doc.fileId)).exists).toBe(true)
  // The retention purge deletes an abandoned draft the same way.
  await copy()
  env.clock.advanceDays(env.rt.config.retention.abandonedDraftDays + 2)
  const { purgeExpired } = await import('../../backend/services/purge')
  const report = await purgeExpired(env.rt)
  expect(report.draftsDeleted).toBe(1)
  for (const doc of got.documents) expect((await env.rt.files.info(doc.fileId)).exists).toBe(true)
  expect((await mine<Got>('profile-get', { id: profileId })).documents).toHaveLength(2)
  expect(await env.rt.store.filings.get(filingId)).not.toBeNull()
})
