/** Which core checks guard each wizard screen (all messages come from core). */
import { validateFilingContent, validateStep } from '../../core/schemas/filing'
import type { FieldErrors } from '../../core/result'
import { jurisdiction } from '../../config/jurisdiction'
import { errorsOnStep, type Draft, type StepIndex } from './model'

/** Errors of one screen. The signature is asked for on the preview screen, not with the photos. */
export function screenErrors (step: StepIndex, content: Draft, now: Date): FieldErrors {
  const cfg = jurisdiction
  switch (step) {
    case 0:
      return validateStep('subject', content, cfg, now)
    case 1:
      return validateStep('accounts', content, cfg, now)
    case 2: {
      const { 'documents.signature': _sig, ...rest } = validateStep('documents', content, cfg, now)
      return rest
    }
    case 3: {
      const docs = validateStep('documents', content, cfg, now)
      const out: FieldErrors = { ...validateStep('commitment', content, cfg, now) }
      if (docs['documents.signature']) out['documents.signature'] = docs['documents.signature']
      return out
    }
    case 4:
      return {}
  }
}

/** Everything, before submission; grouped by the screen that can fix it. */
export function allErrors (content: Draft, now: Date): FieldErrors {
  const r = validateFilingContent(content, jurisdiction, now)
  return r.ok ? {} : r.fieldErrors
}

export function firstStepWithErrors (errors: FieldErrors): StepIndex | null {
  for (const s of [0, 1, 2, 3] as const) if (Object.keys(errorsOnStep(errors, s)).length > 0) return s
  return null
}
