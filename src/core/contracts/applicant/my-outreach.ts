/**
 * 我的备案's outreach card: what waits for the operator (events open to sign up, 年度核验 to answer)
 * and their record of participation. A tab page calls it, so this contract imports zod only.
 */
import { z } from 'zod'
import { defineContract } from '../contract'

export const OutreachRecordRow = z.object({ activityId: z.string(), title: z.string(), kindLabel: z.string(), at: z.string() })

export const MyOutreachOutput = z.object({
  /** Invitations still open to sign up, and events signed up for that have not ended. */
  open: z.number().int(),
  signedUp: z.number().int(),
  /** Events attended, newest first (the record; the activities page lists them all). */
  attended: z.array(OutreachRecordRow),
  attendedCount: z.number().int(),
  /** 年度核验 entries the operator can still answer. */
  reverify: z.array(z.object({ id: z.string(), roundTitle: z.string(), deadline: z.string(), accountNames: z.array(z.string()) }))
})
export type MyOutreach = z.infer<typeof MyOutreachOutput>

export const myOutreachContract = defineContract({ fn: 'applicant', action: 'my-outreach', input: z.object({}).strict(), output: MyOutreachOutput })
