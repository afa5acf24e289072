import { defineContract } from '../contract'
import { SubmitInput, SubmitOutput } from './submit'

/** Resubmit a returned filing after correcting the flagged fields (same input and answer as submit). */
export const resubmitContract = defineContract({ fn: 'applicant', action: 'resubmit', input: SubmitInput, output: SubmitOutput })
