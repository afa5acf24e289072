/**
 * Demo data for local mode: a few dozen filings in every state, created through the same
 * handlers the functions run (so audit, outbox, numbers are real). Marked 演示数据.
 */
import { addDays, localDate, promptTemplateIds, requiredDocuments, type DraftContent, type SubjectType } from '../core'
import type { Caller, Ctx } from '../entry/action'
import { saveDraft } from '../actions/applicant/save-draft.handler'
import { submit } from '../actions/applicant/submit.handler'
import { withdraw } from '../actions/applicant/withdraw.handler'
import { amend } from '../actions/applicant/amend.handler'
import { cancel } from '../actions/applicant/cancel.handler'
import { decide } from '../actions/staff/decide.handler'
import type { Runtime } from '../runtime/runtime'
import { storePhoto, type IngestResult } from '../services/uploads'
import { dispatchOutbox } from '../services/dispatcher'
import { DEMO_IDENTITIES } from './identities'
import { demoAccount, demoParties } from './generators'
import { placeholderPng } from './placeholder-image'

export const DEMO_MARKER = '演示数据'
const STATES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'amending', 'cancelled', 'approved', 'submitted'] as const
export const DEMO_FILINGS = 30

const byRole = (role: string) => DEMO_IDENTITIES.filter((d) => d.role === role)

/** `grant` tells the local WeChat stand-in that a demo applicant accepted a template (as the prompt would). */
export async function seedDemo(rt: Runtime, grant: (openid: string, templateId: string) => void = () => undefined): Promise<void> {
  const base = rt.clock.now()
  const reviewer = byRole('reviewer')[0]
  await rt.store.runUnit((tx) => tx.staff.put({ openid: reviewer.openid, role: 'reviewer', name: '审核员（演示）', addedBy: 'seed', addedAt: base.toISOString() }))
  const applicants = byRole('applicant')
  // The same placeholder for the same owner is stored once (a server re-encode each), then reused.
  const stored = new Map<string, Promise<IngestResult>>()
  // The demo applicants accepted every template at each submission, as people tapping 允许 would.
  const templateIds = promptTemplateIds(rt.settings.subscribe)
  for (let i = 0; i < DEMO_FILINGS; i++) {
    const owner = applicants[i % applicants.length].openid
    // Spread over the past weeks so lists, weeks and deadlines look lived-in.
    const at = new Date(base.getTime() - (DEMO_FILINGS - i) * 2 * 86_400_000)
    const ctx = (openid: string, role: Caller['role'], dt = 0): Ctx => ({ rt, caller: { openid, role }, now: new Date(at.getTime() + dt * 3_600_000) })
    const me = ctx(owner, 'applicant')
    const openedOn = addDays(localDate(at, rt.config.timezone), -20)
    const parties = demoParties(i, rt.config, DEMO_MARKER)
    const content: DraftContent = {
      ...parties,
      accounts: [demoAccount(i, rt.config, openedOn)],
      documents: await demoDocuments(rt, owner, parties.subject?.type ?? 'individual', i, stored),
      commitment: { accepted: true, acceptedAt: at.toISOString(), textVersion: 'v1' }
    }
    const state = STATES[i % STATES.length]
    const d = await saveDraft.handler({ content }, me)
    if (state === 'draft') continue
    for (const t of templateIds) grant(owner, t)
    let s = await submit.handler({ id: d.id, version: d.version, requestId: `demo-submit-${i}`, subscribed: templateIds }, ctx(owner, 'applicant', 1))
    const staff = ctx(reviewer.openid, 'reviewer', 26)
    if (state === 'submitted') continue
    if (state === 'withdrawn') {
      await withdraw.handler({ id: s.id, version: s.version, reason: '信息填写有误，撤回重填' }, ctx(owner, 'applicant', 2))
      continue
    }
    if (state === 'returned') {
      await decide.handler({ id: s.id, version: s.version, decision: { decision: 'return', reasons: [{ field: 'documents.id_front', reason: '照片模糊，请重新拍摄' }] } }, staff)
      continue
    }
    if (state === 'rejected') {
      await decide.handler({ id: s.id, version: s.version, decision: { decision: 'reject', reason: `经核实该账号不属于${rt.config.cityName}属地管理范围（演示数据）` } }, staff)
      continue
    }
    s = await decide.handler({ id: s.id, version: s.version, decision: { decision: 'approve' } }, staff)
    if (state === 'amending') {
      const changed = { ...content, accounts: [{ ...demoAccount(i, rt.config, openedOn), followers: 88_888 }] }
      await amend.handler({ id: s.id, version: s.version, requestId: `demo-amend-${i}`, subscribed: [], content: changed }, ctx(owner, 'applicant', 48))
    }
    if (state === 'cancelled') await cancel.handler({ id: s.id, version: s.version, reason: '账号已停止运营（演示数据）' }, ctx(owner, 'applicant', 72))
  }
  // Deliver the queued status messages so the local inbox shows them from the start.
  await dispatchOutbox(rt, 500)
}

const COLOURS: Array<[number, number, number]> = [
  [222, 235, 247],
  [253, 234, 218],
  [226, 240, 217],
  [242, 220, 219]
]

async function demoDocuments(rt: Runtime, openid: string, type: SubjectType, i: number, stored: Map<string, Promise<IngestResult>>): Promise<NonNullable<DraftContent['documents']>> {
  const docs: NonNullable<DraftContent['documents']> = []
  for (const [k, kind] of requiredDocuments(type).entries()) {
    const colour = (i + k) % COLOURS.length
    const key = `${openid}|${kind}|${colour}`
    if (!stored.has(key)) {
      const png = placeholderPng(kind.startsWith('id_') ? 428 : 300, kind.startsWith('id_') ? 270 : 420, COLOURS[colour])
      stored.set(key, storePhoto(rt, openid, kind, png, rt.clock.now()))
    }
    const photo = await stored.get(key)!
    docs.push({ kind, fileId: photo.fileId, source: kind === 'signature' ? ('drawn' as const) : ('camera' as const), width: photo.width, height: photo.height, bytes: photo.bytes })
  }
  return docs
}
