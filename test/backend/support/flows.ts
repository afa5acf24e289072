/** Multi-step arrangements shared by test files (each step through the real entries). */
import { main as applicant } from '../../../cloudfunctions/applicant/index'
import { main as staff } from '../../../cloudfunctions/staff/index'
import type { DraftContent } from '../../../backend/core'
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
