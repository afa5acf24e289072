/** What happened to a filing: the audit entry's domain part and the source of its message. */
import type { ReturnReason } from '../schemas/decision'
import type { ActorRole, FilingStatus, WorkflowAction } from '../workflow'

export type FilingEventAction = WorkflowAction | 'remind'

export interface FilingEvent {
  action: FilingEventAction
  from: FilingStatus
  to: FilingStatus
  actorRole: ActorRole
  actorOpenid: string | null
  /** ISO-8601 instant (UTC). */
  at: string
  /** Reject / cancel / withdraw reason. */
  reason?: string
  /** Return reasons, one per field. */
  reasons?: ReturnReason[]
  /** The number issued by this approval. */
  filingNumber?: string
  /** Last day to correct (return) or the day a reminder is about (remind). */
  fixBy?: string
  /** A reviewer's note on an approval. */
  note?: string
}
