/** Arrangements for the supervision tests, each through the real entries (main on SQLite). */
import { deadlineIn } from '../../../backend/core'
import { main as publicFn } from '../../../cloudfunctions/public/index'
import { main as systemFn } from '../../../cloudfunctions/system/index'
import { applicant, staff } from './flows'
import { photoJpeg } from './factories'
import { creditId } from '../../../backend/services/ledger-ids'
import { OPENID, TEMPLATE, type TestEnv, type Who } from './env'

export { publicFn, systemFn }

type Signed = Exclude<Who, 'anonymous'>

let shade = 0

/** Uploads a photo where attachment-location says it may go and has the server ingest it, as `who`; returns the stored fileId. */
export async function attach(env: TestEnv, who: Signed, kind: 'report_evidence' | 'signed_record' | 'rectification_evidence', caseId?: string): Promise<string> {
  const loc = await env.ok<{ cloudPath: string }>(applicant, 'attachment-location', { kind, ...(caseId ? { caseId } : {}) }, who)
  // A slightly different picture each time: stored photos are content-addressed.
  const raw = (await env.rt.localFiles.put(loc.cloudPath, photoJpeg(160, 100, ++shade % 60), 'image/jpeg', OPENID[who])).fileId
  return (await env.ok<{ fileId: string }>(applicant, 'ingest-document', { fileId: raw }, who)).fileId
}

export interface Receipt {
  id: string
  receiptNumber: string
}

export async function fileReport(env: TestEnv, who: Signed = 'other', over: Record<string, unknown> = {}): Promise<Receipt> {
  return env.ok<Receipt>(publicFn, 'report', { platform: 'douyin', accountName: '开平美食探店', reason: '未备案', details: '粉丝很多但没有备案', subscribed: env.accept(who, [TEMPLATE.report]), ...over }, who)
}

export async function reportVersion(env: TestEnv, id: string): Promise<number> {
  return (await env.rt.store.reports.get(id))?.version ?? 0
}

export async function caseOf(env: TestEnv, id: string) {
  const c = await env.rt.store.cases.get(id)
  if (!c) throw new Error(`no case ${id}`)
  return c
}

/** Takes one staff step on a case at its current version. */
export async function step(env: TestEnv, id: string, s: Record<string, unknown>, who: Signed = 'reviewer') {
  const c = await caseOf(env, id)
  return env.call<{ case: { stage: string } }>(staff, 'case-step', { id, version: c.version, step: s }, who)
}

export async function stepOk(env: TestEnv, id: string, s: Record<string, unknown>, who: Signed = 'reviewer') {
  const res = await step(env, id, s, who)
  if (!res.ok) throw new Error(`case-step ${String(s.type)} as ${who} failed: ${JSON.stringify(res.error)}`)
  return res.data
}

/** A case on the owner's approved filing, opened by the admin. */
export async function openCase(env: TestEnv): Promise<string> {
  const f = await (await import('./flows')).approved(env, 'owner')
  return (await env.ok<{ case: { id: string } }>(staff, 'case-open', { filingId: f.id, summary: '发布未经核实的本地信息' }, 'admin')).case.id
}

/** A case waiting for the operator's evidence: 约谈通知 → 约谈记录 → 责令整改. */
export async function rectifying(env: TestEnv): Promise<string> {
  const id = await openCase(env)
  const at = env.clock.now
  await stepOk(env, id, { type: 'summon', appointmentAt: new Date(at.getTime() + 86_400_000).toISOString(), place: '市网信办', matter: '发布未经核实的本地信息' }, 'admin')
  await stepOk(env, id, { type: 'interview', heldAt: at.toISOString(), attendees: ['张小明'], minutes: '运营者承诺按要求整改。', signedRecord: [await attach(env, 'admin', 'signed_record', id)] }, 'admin')
  await stepOk(env, id, { type: 'order', items: ['删除违规视频'], deadline: deadlineIn(5, at, env.rt.config) }, 'admin')
  return id
}

/** A sweep lead, as the admin. */
export async function sweptLead(env: TestEnv, accountName = '某未备案账号'): Promise<string> {
  return (await env.ok<{ outcome: { leadId: string } }>(staff, 'lead-create', { platform: 'douyin', accountName }, 'admin')).outcome.leadId
}

/**
 * What an operator's tap on 允许 for the supervision template leaves behind: one consent credit on
 * the backend (as the tap's `subscribed` list grants) and one at "WeChat" (the local notifier).
 */
export async function operatorConsents(env: TestEnv, who: Signed, count = 1): Promise<void> {
  const id = creditId(env.rt.crypto, OPENID[who], TEMPLATE.case)
  const cur = await env.rt.store.credits.get(id)
  await env.rt.store.runUnit((tx) => tx.credits.put({ id, openid: OPENID[who], templateId: TEMPLATE.case, count: (cur?.count ?? 0) + count, updatedAt: env.clock.now.toISOString() }))
  for (let i = 0; i < count; i++) env.accept(who, [TEMPLATE.case])
}
