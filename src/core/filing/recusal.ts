/**
 * Separation of duties: a staff member never decides or reveals a filing they own or in which
 * they are the subject or the operator. An openid alone cannot tell that a reviewer's relative
 * filed in the reviewer's name, so staff give their ID number (kept only as the same keyed hash
 * the filings' ID numbers are indexed by) and their mobile when they redeem their invite; both
 * are compared with the filing's working and approved versions.
 */
import { isManager } from '../org/managers'
import type { DraftContent } from '../schemas/filing'
import { normalizeMobile } from '../validators/phone'
import { contentOf } from './derive'
import type { FilingState } from './state'

export interface StaffIdentity {
  openid: string | null
  /** Keyed hash of the staff member's ID number (same hash as FilingIndex.idHashes). */
  idHash?: string | null
  /** Normalised mobile number. */
  mobile?: string | null
}

export type RecusalReason = 'owner' | 'enterer' | 'id' | 'phone'

export const RECUSAL_MESSAGES: Readonly<Record<RecusalReason, string>> = {
  owner: '这是您本人提交的备案，需回避，请交由其他审核员处理',
  enterer: '这份备案由您代为录入，需回避，请交由另一位审核员审核',
  id: '您是该备案的主体或运维负责人，需回避，请交由其他审核员处理',
  phone: '该备案的联系电话是您登记的手机号，需回避，请交由其他审核员处理'
}

function phonesOf(c: DraftContent): string[] {
  const out: string[] = []
  if (c.subject?.phone) out.push(normalizeMobile(c.subject.phone))
  if (c.operator && c.operator.sameAsSubject === false && c.operator.phone) out.push(normalizeMobile(c.operator.phone))
  return out
}

/** Why `staff` must stay out of this filing, or null when they may handle it. */
export function recusalReason(f: Pick<FilingState, 'ownerOpenid' | 'managers' | 'createdAt' | 'working' | 'approved' | 'index' | 'intake'>, staff: StaffIdentity): RecusalReason | null {
  // A co-manager is as much a party to the filing as its owner.
  if (isManager(f, staff.openid)) return 'owner'
  // Staff entry (代录入) is checked by a second person: whoever typed it in does not decide it.
  if (staff.openid && f.intake && f.intake.channel !== 'legacy' && f.intake.enteredBy === staff.openid) return 'enterer'
  if (staff.idHash) {
    const hashes = new Set([...f.index.idHashes, ...(f.approved?.index.idHashes ?? [])])
    if (hashes.has(staff.idHash)) return 'id'
  }
  if (staff.mobile) {
    const mobile = normalizeMobile(staff.mobile)
    const phones = [...phonesOf(contentOf(f.working)), ...phonesOf(contentOf(f.approved))]
    if (phones.includes(mobile)) return 'phone'
  }
  return null
}
