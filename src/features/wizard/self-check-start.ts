/**
 * A filing started from the self-check: its answers are handed to the wizard through the phone's
 * storage (the two are separate pages), become the new draft's basis (备案依据) and prefill the
 * account it asked about. Read once: the marker is removed when the wizard takes it.
 */
import { FilingBasisSchema, type FilingBasis } from '../../core/schemas/eligibility-answers'
import type { EligibilityAnswers } from '../../core/schemas/eligibility-answers'
import { readStored, removeStored, writeStored } from '../../services/storage'

const KEY = 'wizard:self-check'

export function handSelfCheckToWizard (answers: EligibilityAnswers, checkedAt: Date): void {
  writeStored(KEY, { answers, checkedAt: checkedAt.toISOString() } satisfies FilingBasis)
}

export function takeSelfCheck (): FilingBasis | undefined {
  const basis = readStored(KEY, FilingBasisSchema)
  removeStored(KEY)
  return basis
}
