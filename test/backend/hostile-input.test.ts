/** Hostile, malformed and oversized input: a clear Chinese refusal, and nothing changes. */
import { createCloudIdentity } from '../../backend/adapters/cloudbase/identity-cloudbase'
import { setRuntime } from '../../backend/runtime/current'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, draftOf, requestId, staff, submitted } from './support/flows'
import { individualDraft, uploadDoc } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const chinese = expect.stringMatching(/[\u4e00-\u9fff]/)
const snapshot = async () => JSON.stringify(await env.rt.store.filings.listByOwner(OPENID.owner, 100))

describe('malformed events', () => {
  it.each([
    ['no event', undefined],
    ['a string event', 'submit'],
    ['an array event', [1, 2]],
    ['an action of the wrong type', { action: 42 }],
    ['an unknown action', { action: 'drop-table' }],
    ['an inherited property as action', { action: 'toString' }],
    ['__proto__ as action', { action: '__proto__' }]
  ])('when the event is %s, then it is invalid_input in Chinese', async (_label, event) => {
    const res = await applicant(event, { local: { openid: OPENID.owner } })
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: chinese } })
  })
})

describe('hostile inputs change nothing', () => {
  it('when fields have the wrong types, then the answer names the fields', async () => {
    const res = await env.call(applicant, 'save-draft', { content: { subject: { name: 123 }, accounts: 'x' } }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'subject.name': chinese, accounts: chinese } } })
    expect(await snapshot()).toBe('[]')
  })

  it('when a 1 MB string is sent, then it is refused as too large', async () => {
    const res = await env.call(applicant, 'save-draft', { content: individualDraft({ subject: { type: 'individual', name: 'x'.repeat(1024 * 1024) } }) }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('过大') } })
    expect(await snapshot()).toBe('[]')
  })

  it('when a field is just over its limit, then zod names the field in Chinese', async () => {
    const res = await env.call(applicant, 'save-draft', { content: individualDraft({ subject: { type: 'individual', name: 'x'.repeat(201) } }) }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'subject.name': chinese } } })
  })

  it.each(['__proto__', 'constructor', 'prototype'])('when the input carries a %s key, then it is refused and no prototype is polluted', async (key) => {
    const d = await draftOf(env)
    const before = await snapshot()
    const input = JSON.parse(`{"id":"${d.id}","version":${d.version},"content":{"subject":{"${key}":{"polluted":true}}}}`)
    const res = await env.call(applicant, 'save-draft', input, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(key) } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await snapshot()).toBe(before)
  })

  it('when unknown top-level keys are sent (e.g. an openid), then the input is refused', async () => {
    const res = await env.call(applicant, 'save-draft', { content: individualDraft(), openid: OPENID.other }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('when a submit references a forged fileId of another user, then it is forbidden and the draft stays a draft', async () => {
    const d = await draftOf(env)
    const foreign = await uploadDoc(env.rt, OPENID.other, 'id_front')
    const content = (await env.ok<{ content: { documents: Array<{ fileId: string }> } }>(applicant, 'get-filing', { id: d.id }, 'owner')).content
    content.documents[0].fileId = foreign
    const res = await env.call(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), content }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', message: chinese } })
    expect((await env.rt.store.filings.get(d.id))?.status).toBe('draft')
  })

  it.each(['local://filings/../../etc/passwd', 'cloud://env.bucket/filings/x/y.jpg', 'https://evil.example/a.jpg'])(
    'when a document fileId is %s, then it is forbidden',
    async (fileId) => {
      const res = await env.call(applicant, 'save-draft', { content: individualDraft({ documents: [{ kind: 'id_front', fileId, source: 'camera' }] }) }, 'owner')
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  )

  it('when an upload is not an image or too large, then the local upload refuses it', async () => {
    const { cloudPath } = await env.ok<{ cloudPath: string }>(applicant, 'upload-location', { kind: 'id_front' }, 'owner')
    await expect(env.rt.localFiles.put(cloudPath, Buffer.from('<svg/>'), 'image/jpeg', OPENID.owner)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(env.rt.localFiles.put(cloudPath, Buffer.alloc(3 * 1024 * 1024, 0xff), 'image/jpeg', OPENID.owner)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(env.rt.localFiles.put(cloudPath, Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg', OPENID.other)).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('when a decision carries an unknown return field, then it is invalid_input and the filing is untouched', async () => {
    const s = await submitted(env)
    const res = await env.call(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'return', reasons: [{ field: 'hacker.field', reason: 'x' }] } }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect((await env.rt.store.filings.get(s.id))?.version).toBe(s.version)
  })

  it('when a queue cursor is garbage, then it is invalid_input', async () => {
    expect(await env.call(staff, 'queue', { cursor: '!!notbase64' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('identity comes only from the platform', () => {
  it('when the cloud identity adapter sees a forged context.local, then the caller is anonymous', async () => {
    setRuntime({ ...env.rt, identity: createCloudIdentity(() => ({})) })
    const res = await applicant({ action: 'whoami', input: {} }, { local: { openid: OPENID.admin } })
    expect(res).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })

  it('when the cloud context carries WX_OPENID, then that openid is the caller whatever the event says', async () => {
    setRuntime({ ...env.rt, identity: createCloudIdentity(() => ({ WX_OPENID: OPENID.owner })) })
    const res = await applicant({ action: 'whoami', input: {}, openid: OPENID.admin }, {})
    expect(res).toMatchObject({ ok: true, data: { openid: OPENID.owner, role: 'applicant' } })
  })

  it('when a platform timer event arrives without an openid, then the system function runs its tick', async () => {
    setRuntime({ ...env.rt, identity: createCloudIdentity(() => ({})) })
    const res = await systemFn({ Type: 'Timer', TriggerName: 'every5min', Time: '2024-03-04T02:00:00Z' }, {})
    expect(res).toMatchObject({ ok: true, data: { dispatch: expect.any(Object), purge: expect.any(Object) } })
  })

  it('when a signed-in user sends a fake timer event, then it is not treated as the timer', async () => {
    setRuntime({ ...env.rt, identity: createCloudIdentity(() => ({ WX_OPENID: OPENID.owner })) })
    const res = await systemFn({ Type: 'Timer' }, {})
    expect(res).toMatchObject({ ok: false })
  })
})
