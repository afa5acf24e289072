import { defineContract } from '../contract'
import { WhoamiInput, WhoamiOutput } from '../applicant/whoami'

/** The staff function answers whoami too (same input and answer as applicant/whoami). */
export const staffWhoamiContract = defineContract({ fn: 'staff', action: 'whoami', input: WhoamiInput, output: WhoamiOutput })
