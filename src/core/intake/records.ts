/**
 * The records staff entry and legacy import create, and the claim that gives one an owner.
 * Pure like the lifecycle aggregate: the backend seals the content, calls these and writes the
 * record, its claims and its audit entry in one unit.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { reviewDueDate } from '../deadlines'
import { newDraft, withDerivedState, type NewVersion, type Refusal } from '../filing/aggregate'
import type { FilingState } from '../filing/state'
import { filedAfterDue } from '../supervision/dashboard'
import { normalizeIdentifier } from '../validators/text-safety'
import { isUnclaimed, UNCLAIMED_OWNER, type IntakeInfo } from './channels'

/** A filing staff typed in from materials that arrived on paper, by e-mail or over the counter: straight into review. */
export function enteredFiling(id: string, version: NewVersion, intake: IntakeInfo, now: Date, config: JurisdictionConfig): FilingState {
  const at = now.toISOString()
  const draft = newDraft(id, UNCLAIMED_OWNER, version, now, config)
  return withDerivedState(
    {
      ...draft,
      status: 'submitted',
      submittedAt: at,
      firstSubmittedAt: at,
      filedLate: filedAfterDue(version.index.dueDate, at, config.timezone),
      reviewDueDate: reviewDueDate(at, config),
      intake
    },
    config
  )
}

/** A filing of the office's old register: approved under the number it was given then. */
export function importedFiling(id: string, version: NewVersion, intake: IntakeInfo & { legacyNumber: string }, now: Date, config: JurisdictionConfig): FilingState {
  const at = now.toISOString()
  const draft = newDraft(id, UNCLAIMED_OWNER, version, now, config)
  return withDerivedState(
    {
      ...draft,
      status: 'approved',
      filingNumber: intake.legacyNumber,
      approved: { ...version.snapshot, approvedAt: at, index: version.index },
      decidedAt: at,
      intake
    },
    config
  )
}

/** The claimant becomes the owner of an entered or imported filing nobody has claimed yet. */
export function claimFiling(stored: FilingState, claimant: string, now: Date, config: JurisdictionConfig): Refusal | { ok: true; next: FilingState } {
  if (!stored.intake) return { ok: false, code: 'invalid_state', message: '这份备案由本人提交，无需认领' }
  if (!isUnclaimed(stored)) return { ok: false, code: 'invalid_state', message: stored.ownerOpenid === claimant ? '您已认领这份备案，可在“我的备案”中查看' : '这份备案已被认领；如有疑问请联系网信办' }
  if (!claimant) return { ok: false, code: 'forbidden', message: '请先登录后再认领' }
  const at = now.toISOString()
  return {
    ok: true,
    next: withDerivedState({ ...stored, ownerOpenid: claimant, version: stored.version + 1, updatedAt: at, intake: { ...stored.intake, claimedBy: claimant, claimedAt: at } }, config)
  }
}

/**
 * How a claimant's identity number is compared with the subject's: the ID number of an
 * individual (kept sealed: the backend compares keyed hashes), the 统一社会信用代码 or
 * organisation code of an organisation. Spaces, dashes and case do not matter.
 */
export function normalizeSubjectIdentity(raw: string): string {
  return normalizeIdentifier(raw).replace(/[\s-]/g, '').toUpperCase()
}

/** The organisation codes a claimant may give (empty for individuals, who give their ID number). */
export function organisationIdentities(subject: { type?: unknown; uscc?: unknown; orgCode?: unknown } | undefined): string[] {
  if (!subject || subject.type === 'individual') return []
  return [subject.uscc, subject.orgCode].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map(normalizeSubjectIdentity)
}
