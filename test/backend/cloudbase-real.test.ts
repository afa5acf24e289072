/**
 * Against a real CloudBase environment: the store contract, and a smoke run of every function
 * (applicant submits → staff approves → the message is queued → the system timer dispatches →
 * the public lookup finds the number). Runs when TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY
 * name a throwaway test environment whose collections exist (`npm run deploy` creates them):
 * records and files are written with random ids and not cleaned up. Without them every test here
 * is reported as skipped, with the reason in its title and in the log.
 * Replaced even then: the caller's identity (a test identity instead of WeChat's context, as no
 * WeChat client calls here) and WeChat's send API (a recording notifier: the openids are fake).
 */
import * as tcb from '@cloudbase/node-sdk'
import { randomBytes } from 'node:crypto'
import { createCloudbaseFiles, type FileApi } from '../../backend/adapters/cloudbase/files-cloudbase'
import { createCloudbaseStore, type CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import { createCloudbaseTrustStore } from '../../backend/adapters/cloudbase/trust-store-cloudbase'
import { createCloudTrustServices } from '../../backend/runtime/trust-services'
import { createNodeCrypto } from '../../backend/adapters/node/crypto-node'
import { randomIds, systemClock } from '../../backend/adapters/node/system-node'
import { kaipingConfig } from '../../backend/core'
import { setRuntime } from '../../backend/runtime/current'
import type { Runtime } from '../../backend/runtime/runtime'
import type { OutgoingMessage } from '../../backend/ports/notifier.port'
import { main as applicant } from '../../cloudfunctions/applicant/index'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { main as system } from '../../cloudfunctions/system/index'
import { individualDraft, photoJpeg } from './support/factories'
import { storeContract } from './store.contract'

const envId = process.env.TCB_ENV_ID
const secretId = process.env.TCB_SECRET_ID
const secretKey = process.env.TCB_SECRET_KEY
export const SKIP_REASON = 'set TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY (a throwaway CloudBase test environment) to run it'
const configured = Boolean(envId && secretId && secretKey)
if (!configured) console.log(`CloudBase real-environment tests skipped: ${SKIP_REASON}`)

const app = () => tcb.init({ env: envId, secretId, secretKey })

storeContract('cloudbase (real environment)', async () => {
  const a = app()
  return { store: createCloudbaseStore(() => a.database() as unknown as CloudDb), close: async () => undefined }
}, configured ? undefined : SKIP_REASON)

const suite = configured ? describe : describe.skip
suite(`Every function on a real CloudBase environment${configured ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  const run = randomBytes(4).toString('hex')
  const owner = `oSmokeOwner${run}000000000`
  const admin = `oSmokeAdmin${run}000000000`
  const sent: OutgoingMessage[] = []
  let rt: Runtime

  beforeAll(() => {
    const a = app()
    // OCR and SMS are not exercised by the smoke run; their cloud adapters are built as deployed.
    const trust = createCloudTrustServices({})
    rt = {
      store: createCloudbaseStore(() => a.database() as unknown as CloudDb),
      trustStore: createCloudbaseTrustStore(() => a.database() as unknown as CloudDb),
      ocr: trust.ocr,
      sms: trust.sms,
      files: createCloudbaseFiles(() => a as unknown as FileApi),
      notifier: { send: async (m) => { sent.push(m); return { ok: true } } },
      clock: systemClock,
      ids: randomIds,
      crypto: createNodeCrypto(randomBytes(32)),
      // No WeChat client here: the caller is named by the test's context, the timer by its event.
      identity: {
        resolve: (event, context) => {
          const openid = (context as { smoke?: { openid?: string } } | null)?.smoke?.openid ?? null
          const timer = !openid && typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
          return { openid, timer }
        }
      },
      config: kaipingConfig,
      settings: { adminOpenids: [admin], subscribe: { longTerm: false, templates: { reviewResult: { id: `smoke-template-${run}`, keys: { accountName: 'thing1', result: 'phrase2', time: 'time3', remark: 'thing4', filingNumber: 'character_string5' } } } } }
    }
    setRuntime(rt)
  })

  const as = (openid: string) => ({ smoke: { openid } })
  const ok = async <T>(res: Promise<unknown>): Promise<T> => {
    const r = (await res) as { ok: boolean; data?: T; error?: unknown }
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data as T
  }

  test('when an applicant submits and staff approve, then the message is queued, the timer dispatches it and the public lookup finds the number', async () => {
    // As the client does: reserve an upload location, upload there, then have the server ingest it.
    const documents = []
    for (const kind of ['id_front', 'id_back', 'signature'] as const) {
      const loc = await ok<{ cloudPath: string }>(applicant({ action: 'upload-location', input: { kind, ext: 'jpg' } }, as(owner)))
      const { fileId: upload } = await rt.files.put(loc.cloudPath, photoJpeg(200, 120), 'image/jpeg')
      const doc = await ok<{ fileId: string }>(applicant({ action: 'ingest-document', input: { fileId: upload } }, as(owner)))
      documents.push({ kind, fileId: doc.fileId, source: kind === 'signature' ? ('drawn' as const) : ('camera' as const) })
    }
    const content = { ...individualDraft(), documents, commitment: { accepted: true, acceptedAt: new Date().toISOString(), textVersion: 'v1' } }
    content.accounts = [{ ...content.accounts![0], accountName: `冒烟测试${run}`, accountId: `smoke_${run}` }]

    const who = await ok<{ role: string }>(applicant({ action: 'whoami', input: {} }, as(owner)))
    expect(who.role).toBe('applicant')
    const draft = await ok<{ id: string; version: number }>(applicant({ action: 'save-draft', input: { content } }, as(owner)))
    const sub = await ok<{ id: string; version: number; status: string }>(
      applicant({ action: 'submit', input: { id: draft.id, version: draft.version, requestId: `smoke-${run}`, subscribed: [`smoke-template-${run}`] } }, as(owner))
    )
    expect(sub.status).toBe('submitted')
    const decided = await ok<{ status: string; filingNumber: string }>(
      staff({ action: 'decide', input: { id: sub.id, version: sub.version, decision: { decision: 'approve' } } }, as(admin))
    )
    expect(decided.status).toBe('approved')
    const queued = await rt.store.outbox.listByFiling(sub.id)
    expect(queued.length).toBeGreaterThan(0)

    await ok(system({ Type: 'Timer', TriggerName: 'every5min' }, {}))
    expect(sent.some((m) => m.openid === owner)).toBe(true)
    expect((await rt.store.outbox.listByFiling(sub.id)).some((m) => m.status === 'sent')).toBe(true)

    const found = await ok<{ found: boolean }>(publicFn({ action: 'lookup', input: { filingNumber: decided.filingNumber } }, as(owner)))
    expect(found.found).toBe(true)
  }, 120_000)
})
