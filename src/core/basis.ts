/**
 * The self-check as the filing's basis (备案依据): the answers travel with the filing; the server
 * sets the verdict and the notice's reasons from them (at the moment of the check), so what staff
 * read is the rule's answer, not what a client claimed; and the answers prefill the wizard.
 */
import type { JurisdictionConfig } from './jurisdiction/schema'
import { checkEligibility } from './eligibility'
import type { EligibilityAnswers, FilingBasis } from './schemas/eligibility-answers'
import type { DraftContent } from './schemas/filing'

/** The content with its basis' verdict and reasons recomputed from the answers (unchanged without a basis). */
export function withBasisVerdict<T extends { basis?: FilingBasis }>(content: T, config: JurisdictionConfig): T {
  const basis = content.basis
  if (!basis) return content
  const r = checkEligibility(basis.answers, config, new Date(basis.checkedAt))
  return { ...content, basis: { answers: basis.answers, checkedAt: basis.checkedAt, verdict: r.verdict, reasons: r.reasons } }
}

/**
 * A new draft from a self-check: the basis, and the account it asked about (platform, name,
 * followers, opening date) when the person gave a platform or a name.
 */
export function draftFromSelfCheck(answers: EligibilityAnswers, checkedAt: string, accountId: string): DraftContent {
  const basis: FilingBasis = { answers, checkedAt }
  if (!answers.platform && !answers.accountName) return { basis, accounts: [] }
  const account: NonNullable<DraftContent['accounts']>[number] = { kind: 'self_media', id: accountId }
  if (answers.platform) account.platform = answers.platform
  if (answers.accountName) account.accountName = answers.accountName
  if (answers.followers !== undefined) account.followers = answers.followers
  if (answers.openedOn) account.openedOn = answers.openedOn
  return { basis, accounts: [account] }
}
