import { main as applicant } from '../../cloudfunctions/applicant/index'
import { ID_OWNER, JPEG, individualDraft, rawUpload, selfMedia, uploadDoc } from './support/factories'
import { ownerKey } from '../../backend/services/storage-paths'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

describe('whoami', () => {
  it('when an applicant asks, then the role is applicant', async () => {
    expect(await env.ok(applicant, 'whoami', {}, 'owner')).toEqual({ openid: OPENID.owner, role: 'applicant', templateIds: [TEMPLATE.result, TEMPLATE.fix, TEMPLATE.remind], reportTemplateId: TEMPLATE.report, caseTemplateId: TEMPLATE.case, activityTemplateId: TEMPLATE.activity })
  })
  it('when a reviewer from the staff collection asks, then the role and name come from the database', async () => {
    expect(await env.ok(applicant, 'whoami', {}, 'reviewer')).toEqual({ openid: OPENID.reviewer, role: 'reviewer', staffName: '审核员一', templateIds: [TEMPLATE.result, TEMPLATE.fix, TEMPLATE.remind], reportTemplateId: TEMPLATE.report, caseTemplateId: TEMPLATE.case, activityTemplateId: TEMPLATE.activity })
  })
  it('when an ADMIN_OPENIDS member asks, then the role is admin', async () => {
    expect(await env.ok(applicant, 'whoami', undefined, 'admin')).toMatchObject({ role: 'admin' })
  })
  it('when nobody is signed in, then it is unauthenticated', async () => {
    const res = await env.call(applicant, 'whoami', {}, 'anonymous')
    expect(res).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })
})

describe('save-draft', () => {
  it('when a new draft is saved, then it gets an id and version 1 and is listed as mine', async () => {
    const saved = await env.ok<{ id: string; version: number; updatedAt: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    expect(saved).toEqual({ id: expect.any(String), version: 1, updatedAt: env.clock.now.toISOString() })
    const list = await env.ok<{ items: Array<Record<string, unknown>> }>(applicant, 'list-mine', {}, 'owner')
    expect(list.items).toEqual([
      expect.objectContaining({ id: saved.id, status: 'draft', statusLabel: expect.any(String), accountNames: ['开平美食探店'], subjectName: '张**', filingNumber: null })
    ])
  })

  it('when the draft is updated with the current version, then the version goes up and the content changes', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    env.clock.advanceDays(1)
    const upd = await env.ok<{ version: number }>(applicant, 'save-draft', { id, version: 1, content: individualDraft({ accounts: [selfMedia({ accountName: '潭江夜话' })] }) }, 'owner')
    expect(upd.version).toBe(2)
    const got = await env.ok<{ accountNames: string[]; version: number }>(applicant, 'get-filing', { id }, 'owner')
    expect(got).toMatchObject({ accountNames: ['潭江夜话'], version: 2 })
  })

  it('when an old version is saved over a newer one, then it is a conflict and nothing changes', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    await env.ok(applicant, 'save-draft', { id, version: 1, content: individualDraft({ accounts: [selfMedia({ accountName: '第二次' })] }) }, 'owner')
    const res = await env.call(applicant, 'save-draft', { id, version: 1, content: individualDraft({ accounts: [selfMedia({ accountName: '第三次' })] }) }, 'owner')
    expect(res).toEqual({ ok: false, error: { code: 'conflict', message: '已被他人处理，请刷新' } })
    expect((await env.ok<{ accountNames: string[] }>(applicant, 'get-filing', { id }, 'owner')).accountNames).toEqual(['第二次'])
  })

  it('when another applicant saves over my draft, then it is forbidden and nothing changes', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    const res = await env.call(applicant, 'save-draft', { id, version: 1, content: individualDraft({ accounts: [] }) }, 'other')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await env.rt.store.filings.get(id))?.version).toBe(1)
  })

  it('when the ID number is saved, then the database holds only its mask and ciphertext', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    const rec = await env.rt.store.filings.get(id)
    expect(JSON.stringify(rec)).not.toContain(ID_OWNER)
    expect(rec?.working.content).toMatchObject({ subject: { idNumber: '440783********1230' } })
    const got = await env.ok<{ content: { subject: { idNumber: string } } }>(applicant, 'get-filing', { id }, 'owner')
    expect(got.content.subject.idNumber).toBe(ID_OWNER)
  })

  it('when a draft references a file in another user\'s folder, then it is forbidden and nothing is saved', async () => {
    const foreign = await uploadDoc(env.rt, OPENID.other, 'id_front')
    const res = await env.call(applicant, 'save-draft', { content: individualDraft({ documents: [{ kind: 'id_front', fileId: foreign, source: 'camera' }] }) }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.rt.store.filings.listByOwner(OPENID.owner, 10)).toEqual([])
  })
})

describe('upload-location', () => {
  it('when asked for an upload location, then it is a temporary path in my own hashed upload folder and the upload is accepted there', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    const loc = await env.ok<{ uploadId: string; cloudPath: string; maxBytes: number }>(applicant, 'upload-location', { filingId: id, kind: 'id_front' }, 'owner')
    expect(loc.cloudPath).toBe(`uploads/${ownerKey(env.rt.crypto, OPENID.owner)}/${loc.uploadId}.jpg`)
    expect(loc.cloudPath).not.toContain(OPENID.owner)
    expect(loc.maxBytes).toBe(2 * 1024 * 1024)
    const { fileId } = await env.rt.localFiles.put(loc.cloudPath, JPEG, 'image/jpeg', OPENID.owner)
    expect((await env.rt.files.info(fileId)).exists).toBe(true)
  })

  it('when a draft references a raw upload instead of the ingested document, then it is forbidden', async () => {
    const raw = await rawUpload(env.rt, OPENID.owner, 'id_front')
    const res = await env.call(applicant, 'save-draft', { content: individualDraft({ documents: [{ kind: 'id_front', fileId: raw, source: 'camera' }] }) }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

describe('get-filing', () => {
  it('when I open my filing, then I get its content, links to my documents and an empty timeline', async () => {
    const fileId = await uploadDoc(env.rt, OPENID.owner, 'id_front')
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft({ documents: [{ kind: 'id_front', fileId, source: 'camera' }] }) }, 'owner')
    const got = await env.ok<{ documentLinks: Record<string, string>; timeline: unknown[] }>(applicant, 'get-filing', { id }, 'owner')
    expect(got.documentLinks[fileId]).toMatch(/^\/files\//)
    expect(got.timeline).toEqual([])
    const token = got.documentLinks[fileId].slice('/files/'.length)
    expect(await env.rt.localFiles.readSigned(token)).toMatchObject({ contentType: 'image/jpeg' })
  })

  it('when someone else opens my filing, then it is forbidden', async () => {
    const { id } = await env.ok<{ id: string }>(applicant, 'save-draft', { content: individualDraft() }, 'owner')
    expect(await env.call(applicant, 'get-filing', { id }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('when the filing does not exist, then it is not_found', async () => {
    expect(await env.call(applicant, 'get-filing', { id: 'nope' }, 'owner')).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
