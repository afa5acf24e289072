/** Multi-step arrangements shared by test files (each step through the real entries). */
import { main as applicant } from '../../../cloudfunctions/applicant/index'
import { main as staff } from '../../../cloudfunctions/staff/index'
import type { DraftContent } from '../../../backend/core'
import type { ActionResult } from '../../../backend/errors'
import { completeIndividual } from './factories'
import { OPENID, type TestEnv, type Who } from './env'

export { applicant, staff }

type Outcome = { id: string; status: string; version: number; filingNumber: string | null; replayed: boolean }
let req = 0
export const requestId = () => `req-${String(++req).padStart(6, '0')}`

export async function draftOf(env: TestEnv, who: Exclude<Who, 'anonymous'> = 'owner', over: Partial<DraftContent> = {}) {
  const content = await completeIndividual(env.rt, OPENID[who], over)
  return env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content }, who)
}

export async function submitted(env: TestEnv, who: Exclude<Who, 'anonymous'> = 'owner', over: Partial<DraftContent> = {}): Promise<Outcome> {
  const d = await draftOf(env, who, over)
  // The submit tap's prompt: the applicant accepts every template (WeChat counts the consents).
  return env.ok<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: env.accept(who) }, who)
}

export async function approved(env: TestEnv, who: Exclude<Who, 'anonymous'> = 'owner', over: Partial<DraftContent> = {}): Promise<Outcome> {
  const s = await submitted(env, who, over)
  return env.ok<Outcome>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
}

export async function returned(env: TestEnv, who: Exclude<Who, 'anonymous'> = 'owner', over: Partial<DraftContent> = {}): Promise<Outcome> {
  const s = await submitted(env, who, over)
  return env.ok<Outcome>(
    staff,
    'decide',
    { id: s.id, version: s.version, decision: { decision: 'return', reasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] } },
    'reviewer'
  )
}

/** An invite the admin just made, by the id staff-list shows for it (the code itself is never listed). */
export async function pendingInviteId(env: TestEnv, name = '待撤销'): Promise<string> {
  await env.ok(staff, 'staff-invite', { name, role: 'reviewer' }, 'admin')
  const list = await env.ok<{ invites: Array<{ id: string, name: string }> }>(staff, 'staff-list', {}, 'admin')
  const found = list.invites.find((i) => i.name === name)
  if (found === undefined) throw new Error('the new invite is not listed')
  return found.id
}

/** Co-managers: a signed-in person who is none of the env's named callers. */
export const THIRD = 'oThird000000000000000000000008'

/** A draft of `ownerOpenid` (any signed-in person) and a co-manager code its owner made. */
export async function managerCode(env: TestEnv, ownerOpenid: string = OPENID.owner): Promise<{ id: string; code: string }> {
  const content = await completeIndividual(env.rt, ownerOpenid)
  const ctx = { local: { openid: ownerOpenid } }
  const d = (await applicant({ action: 'save-draft', input: { content } }, ctx)) as { ok: true; data: { id: string } }
  const inv = (await applicant({ action: 'manager-invite', input: { id: d.data.id, name: '李小红' } }, ctx)) as { ok: true; data: { code: string } }
  return { id: d.data.id, code: inv.data.code }
}

/** The owner's draft with THIRD joined as co-manager: the input that removes THIRD. */
export async function withThirdManager(env: TestEnv): Promise<{ id: string; version: number; memberId: string }> {
  const { id, code } = await managerCode(env)
  await applicant({ action: 'manager-join', input: { code } }, { local: { openid: THIRD } })
  const list = await env.ok<{ version: number; items: Array<{ memberId: string; owner: boolean }> }>(applicant, 'managers', { id }, 'owner')
  return { id, version: list.version, memberId: list.items.find((m) => !m.owner)!.memberId }
}

/** The bulk-accounts template as downloaded, with one 抖音 account row filled in (base64 .xlsx). */
export async function bulkFile(env: TestEnv, n = 1): Promise<string> {
  const { default: ExcelJS } = await import('exceljs')
  const t = await env.ok<{ base64: string; columns: string[] }>(applicant, 'bulk-template', {}, 'owner')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer)
  const row: Record<string, string | number> = { 类型: '自媒体账号', 平台: '抖音', 账号名称: `批量导入${n}`, 账号ID: `kp_bulk_${n}`, 粉丝数: 6000, 开通日期: '2024-02-01', 内容类别: '本地生活' }
  wb.getWorksheet('账号')!.addRow(t.columns.map((h) => row[h] ?? null))
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

/** Agency: the 授权委托书 and the agent's details an agency filing carries. */
export const AGENCY = { name: '开平市信达代理服务有限公司', contact: '陈代理', phone: '13912345678' }

/** An agency filing submitted by `agentOpenid` (any signed-in person), awaiting its principal. */
export async function agencySubmitted(env: TestEnv, agentOpenid: string = OPENID.owner, subscribed?: string[]): Promise<{ id: string; version: number }> {
  const { uploadDoc } = await import('./factories')
  const base = await completeIndividual(env.rt, agentOpenid)
  const letter = { kind: 'authorisation_letter' as const, fileId: await uploadDoc(env.rt, agentOpenid, 'authorisation_letter'), source: 'camera' as const }
  const ctx = { local: { openid: agentOpenid } }
  const d = (await applicant({ action: 'save-draft', input: { content: { ...base, agency: AGENCY, documents: [...(base.documents ?? []), letter] } } }, ctx)) as { ok: true; data: { id: string; version: number } }
  const s = (await applicant({ action: 'submit', input: { id: d.data.id, version: d.data.version, requestId: requestId(), ...(subscribed ? { subscribed } : {}) } }, ctx)) as { ok: true; data: { id: string; version: number } }
  if (!s.ok) throw new Error(`agency submit failed: ${JSON.stringify(s)}`)
  return s.data
}

/** An agency filing by `agentOpenid` and the principal confirmation code its agent made. */
export async function principalCode(env: TestEnv, agentOpenid: string = OPENID.owner): Promise<{ id: string; code: string }> {
  const s = await agencySubmitted(env, agentOpenid)
  const r = (await applicant({ action: 'agency-code', input: { id: s.id } }, { local: { openid: agentOpenid } })) as { ok: true; data: { code: string } }
  return { id: s.id, code: r.data.code }
}

/** A filing of `ownerOpenid` (any signed-in person) submitted and approved by a reviewer. */
export async function approvedOf(env: TestEnv, ownerOpenid: string): Promise<{ id: string; version: number }> {
  const ctx = { local: { openid: ownerOpenid } }
  const d = (await applicant({ action: 'save-draft', input: { content: await completeIndividual(env.rt, ownerOpenid) } }, ctx)) as { ok: true; data: { id: string; version: number } }
  const s = (await applicant({ action: 'submit', input: { id: d.data.id, version: d.data.version, requestId: requestId() } }, ctx)) as ActionResult<{ id: string; version: number }>
  if (!s.ok) throw new Error(`submit failed: ${JSON.stringify(s.error)}`)
  return env.ok<{ id: string; version: number }>(staff, 'decide', { id: s.data.id, version: s.data.version, decision: { decision: 'approve' } }, 'reviewer')
}

/** An approved filing of `ownerOpenid` and the transfer code its owner made (转让). */
export async function transferCode(env: TestEnv, ownerOpenid: string = OPENID.owner): Promise<{ id: string; code: string; version: number }> {
  const a = await approvedOf(env, ownerOpenid)
  const r = (await applicant({ action: 'transfer-start', input: { id: a.id, version: a.version, toName: '开平新运营有限公司' } }, { local: { openid: ownerOpenid } })) as ActionResult<{ code: string; version: number }>
  if (!r.ok) throw new Error(`transfer-start failed: ${JSON.stringify(r.error)}`)
  return { id: a.id, code: r.data.code, version: r.data.version }
}

/** The owner's submitted filing saved as a subject profile (常用主体). */
export async function savedProfile(env: TestEnv, make: (e: TestEnv) => Promise<{ id: string }> = submitted): Promise<{ id: string; version: number; filingId: string }> {
  const filing = await make(env)
  const p = await env.ok<{ id: string; version: number }>(applicant, 'profile-save', { filingId: filing.id }, 'owner')
  return { id: p.id, version: p.version, filingId: filing.id }
}

/** A profile-update input: the saved profile with another phone (its documents as saved). */
export async function profileChange(env: TestEnv, p: { id: string; version: number }): Promise<{ id: string; version: number; content: { subject: Record<string, unknown>; documents: unknown[] } }> {
  const got = await env.ok<{ subject: Record<string, unknown>; documents: unknown[] }>(applicant, 'profile-get', { id: p.id }, 'owner')
  return { id: p.id, version: p.version, content: { subject: { ...got.subject, phone: '13900139000' }, documents: got.documents } }
}

/** An approved filing whose profile changed since: the sync input that offers it an amendment. */
export async function profileSyncInput(env: TestEnv): Promise<{ id: string; version: number; filingIds: string[]; requestId: string }> {
  const p = await savedProfile(env, approved)
  const updated = await env.ok<{ version: number }>(applicant, 'profile-update', await profileChange(env, p), 'owner')
  return { id: p.id, version: updated.version, filingIds: [p.filingId], requestId: requestId() }
}

/** An applicant action called by any signed-in WeChat user, not only the env's named people. */
export const applicantAs = <T = Record<string, unknown>>(openid: string, action: string, input: unknown) =>
  applicant({ action, input }, { local: { openid } }) as Promise<ActionResult<T>>

/** The same, expecting success: the data, or a thrown error naming the action and its failure. */
export async function applicantOkAs<T = Record<string, unknown>>(openid: string, action: string, input: unknown): Promise<T> {
  const r = await applicantAs<T>(openid, action, input)
  if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)}`)
  return r.data
}
