/**
 * A 年度核验 answer with changes: the checklist and commitment wait on the phone while the
 * operator edits the filing in the wizard (the normal amendment); the wizard's submit then sends
 * both together as `reverify` with the change, so the entry and the amendment are one answer.
 */
import { z } from 'zod'
import { reverifyContract } from '../../core/contracts/applicant/reverification'
import { SelfInspectionSchema } from '../../core/outreach/reverification'
import type { AmendInput } from '../../core/contracts/applicant/amend'
import type { FilingOutcome } from '../../core/contracts/shared'
import { call } from '../../services/api'
import { readStored, removeStored, writeStored } from '../../services/storage'

const Pending = z.object({ entryId: z.string(), filingId: z.string(), inspection: SelfInspectionSchema })
export type PendingReverify = z.infer<typeof Pending>

const key = (filingId: string) => `reverify-pending:${filingId}`

export function holdReverifyAnswer (p: PendingReverify): boolean {
  return writeStored(key(p.filingId), p)
}

export function pendingReverify (filingId: string): PendingReverify | undefined {
  return readStored(key(filingId), Pending)
}

/** The amendment as the 年度核验 answer: one call; the waiting answer is dropped once the server has it. */
export async function amendAsReverify (p: PendingReverify, change: z.input<typeof AmendInput>): Promise<FilingOutcome> {
  const r = await call(reverifyContract, { entryId: p.entryId, inspection: p.inspection, change })
  removeStored(key(p.filingId))
  if (r.amendment === null) throw new Error('reverify answered without the amendment')
  return r.amendment
}

/** Sends a 年度核验 answer without changes. */
export const confirmReverify = (entryId: string, inspection: PendingReverify['inspection']) => call(reverifyContract, { entryId, inspection })
