/**
 * A filing transition's effect on leads, computed by the lifecycle aggregate (its own file: the
 * lead's states and labels stay a leaf the mini-program can import without the filing derivations).
 */
import { accountNameKey } from '../filing/accounts'
import { contentOf } from '../filing/derive'
import type { FilingEvent } from '../filing/events'
import type { FilingState } from '../filing/state'
import type { LeadAction, LeadStatus } from './lead'

/** What a filing transition means for the leads of its accounts: one part of the transition's effects. */
export interface LeadFollowUp {
  act: Extract<LeadAction, 'filing-submitted' | 'filing-approved' | 'filing-dropped'>
  /** Leads in these states move (a dropped filing frees only the leads linked to it). */
  from: LeadStatus[]
  /** Name keys (platform + account name) of the filing's accounts: how leads are found. */
  nameKeys: string[]
  filingId: string
  filingNumber: string | null
}

/**
 * Submitted (or resubmitted, amended) → its leads become 备案审核中; approved → they close as
 * 已备案; withdrawn or rejected for good → the leads linked to it go back.
 */
export function leadFollowUp(event: Pick<FilingEvent, 'action' | 'to'>, next: Pick<FilingState, 'id' | 'filingNumber' | 'working'> | null): LeadFollowUp | null {
  if (!next) return null
  const a = event.action
  const act: LeadFollowUp['act'] | null =
    a === 'submit' || a === 'resubmit' || a === 'amend' ? 'filing-submitted'
      : a === 'approve' ? 'filing-approved'
        : (a === 'withdraw' || a === 'reject') && (event.to === 'withdrawn' || event.to === 'rejected') ? 'filing-dropped'
          : null
  if (!act) return null
  const nameKeys = [...new Set((contentOf(next.working).accounts ?? []).map(accountNameKey).filter((k): k is string => k !== null))]
  if (nameKeys.length === 0) return null
  const from: LeadStatus[] = act === 'filing-submitted' ? ['open', 'urged', 'escalated'] : act === 'filing-approved' ? ['open', 'urged', 'escalated', 'filing'] : ['filing']
  return { act, from, nameKeys, filingId: next.id, filingNumber: next.filingNumber }
}
