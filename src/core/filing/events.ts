/** What happened to a filing: the audit entry's domain part and the source of its message. */
import type { TransitionEvent, WorkflowAction } from '../workflow'

export type FilingEventAction = WorkflowAction | 'remind'

/** A workflow transition's event, plus what the aggregate adds (reminders, fix-by date, note). */
export interface FilingEvent extends Omit<TransitionEvent, 'action'> {
  action: FilingEventAction
  /** Last day to correct (return) or the day a reminder is about (remind). */
  fixBy?: string
  /** A reviewer's note on an approval. */
  note?: string
}
