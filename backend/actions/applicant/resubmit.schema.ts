import { SubmitInput } from './submit.schema'

/** Resubmit a returned filing after correcting the flagged fields. */
export const ResubmitInput = SubmitInput
export type { SubmitOutput as ResubmitOutput } from './submit.schema'
