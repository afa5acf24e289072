/** Submission: subscription prompt first (inside the tap), then sync, then submit with a requestId. */
import type { FieldErrors } from '../../core/result'
import { ApiError } from '../../services/api'
import { requestSubscription } from '../../services/subscribe'
import { knownSession } from '../session'
import { submitFiling, type Outcome } from './api'
import { removeLocalDraft, type LocalDraft } from './local-draft'

export type SubmitResult =
  | { ok: true, outcome: Outcome }
  | { ok: false, message: string, fields: FieldErrors }

/**
 * Must be called synchronously from the tap handler: WeChat shows the subscription prompt only
 * when requestSubscribeMessage starts inside the tap, before any await.
 */
export function startSubmission (flush: () => Promise<LocalDraft | null>, requestId: string): Promise<SubmitResult> {
  // The template ids come from whoami (loaded when the wizard opened): the ones the backend sends with.
  const subscribing = requestSubscription(knownSession()?.templateIds ?? [])
  return (async (): Promise<SubmitResult> => {
    const subscribed = await subscribing
    const d = await flush()
    if (d === null || d.cloudId === undefined || d.version === undefined || d.dirty && d.mode !== 'amend') {
      return { ok: false, message: '网络不稳定，草稿还没有同步到云端，请联网后再点“提交”', fields: {} }
    }
    const action = d.mode === 'correct' ? 'resubmit' : d.mode === 'amend' ? 'amend' : 'submit'
    try {
      const outcome = await submitFiling(action, { id: d.cloudId, version: d.version, requestId, subscribed, content: d.content })
      removeLocalDraft(d.key)
      return { ok: true, outcome }
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('internal', '提交失败，请稍后重试')
      return { ok: false, message: err.message, fields: err.fields }
    }
  })()
}
