/** Staff entry arrangements shared by the intake, contract and authorization tests. */
import type { DraftContent } from '../../../backend/core'
import { ID_OTHER, selfMedia, uploadDoc } from './factories'
import { requestId, staff } from './flows'
import { OPENID, type TestEnv } from './env'

export const PAPER_USCC = '91350100M000100Y43'
let n = 0

/** A company's filing as it arrived on paper, its scans uploaded and ingested by `openid`. */
export async function paperCompany(env: TestEnv, openid: string = OPENID.reviewer, over: Partial<DraftContent> = {}): Promise<DraftContent> {
  const documents = await Promise.all((['license', 'id_front', 'id_back', 'registration_form'] as const).map(async (kind) => ({ kind, fileId: await uploadDoc(env.rt, openid, kind), source: 'album' as const })))
  return {
    subject: { type: 'company', name: '开平市示例科技有限公司', uscc: PAPER_USCC, legalRepresentative: '李法人', phone: '07502268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
    operator: { sameAsSubject: false, name: '李运维', idNumber: ID_OTHER, phone: '13900139000' },
    accounts: [selfMedia({ accountId: `paper-${++n}`, accountName: '开平纸质号' })],
    documents,
    ...over
  } as DraftContent
}

export const entryInput = (content: DraftContent, channel = 'paper') => ({ content, channel, receivedOn: '2024-03-01', requestId: requestId() })

/** A filing reviewer2 entered from paper (so the reviewer may decide it): its id and version. */
export async function enteredPaperFiling(env: TestEnv, by: 'reviewer2' | 'admin' = 'reviewer2'): Promise<{ id: string; version: number }> {
  return env.ok<{ id: string; version: number }>(staff, 'staff-entry', entryInput(await paperCompany(env, OPENID[by])), by)
}
