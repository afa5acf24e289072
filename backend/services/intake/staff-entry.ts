/**
 * Staff entry (代录入): a filing that arrived by e-mail, post or over the counter, typed in by
 * staff. The same full validation as an applicant's submission (core), the scans through the same
 * upload and ingest pipeline (the staff member's own stored documents), the same duplicate rules;
 * it goes straight into review with nobody as owner until claimed, and whoever entered it is
 * recused from deciding it (core recusal). Idempotent per request id like a submission.
 */
import { enteredFiling, INTAKE_CHANNEL_LABELS, validateSubmission, type DraftContent, type EntryChannelSchema, type FilingContent } from '../../core'
import type { z } from 'zod'
import type { UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { JsonObject } from '../../ports/records'
import { checkDocuments } from '../document-check'
import { idempotencyKey } from '../ledger-ids'
import { sealVersion } from '../sealing'
import { precheckDuplicates } from '../submission'
import { holdClaims } from '../transition'

export interface StaffEntry {
  content: DraftContent
  channel: z.infer<typeof EntryChannelSchema>
  receivedOn: string
  requestId: string
}

export async function enterFiling(ctx: UserCtx, input: StaffEntry): Promise<{ id: string; status: string; version: number; replayed: boolean }> {
  const { rt, now } = ctx
  const key = idempotencyKey(rt.crypto, 'staff-entry', ctx.caller.openid, '', input.requestId)
  // A retried tap replays before anything else: its own accounts would otherwise read as duplicates.
  const earlier = await rt.store.runUnit((tx) => tx.idempotency.get(key))
  if (earlier) return { ...(earlier.result as unknown as { id: string; status: string; version: number }), replayed: true }
  // The commitment is the signed (or stamped) paper form that came with the materials.
  const content = { ...input.content, commitment: { accepted: true, acceptedAt: now.toISOString(), textVersion: `paper:${input.channel}` } }
  const checked = validateSubmission(content, rt.config, now)
  if (!checked.ok) {
    const count = Object.keys(checked.fieldErrors).length
    throw errors.invalid(`还有${count}处需要填写或修改，请按提示逐项完善后再提交`, checked.fieldErrors)
  }
  const valid = checked.value as FilingContent & DraftContent
  await checkDocuments(ctx, valid)
  const id = rt.ids.newId()
  await precheckDuplicates(ctx, id, valid)
  const at = now.toISOString()
  const rec = enteredFiling(id, sealVersion(valid, rt.crypto, rt.config), { channel: input.channel, enteredBy: ctx.caller.openid, enteredAt: at, receivedOn: input.receivedOn }, now, rt.config)
  return rt.store.runUnit(async (tx) => {
    const hit = await tx.idempotency.get(key)
    if (hit) return { ...(hit.result as unknown as { id: string; status: string; version: number }), replayed: true }
    await tx.filings.insert(rec)
    await holdClaims(ctx, tx, rec, rec.claimKeys, at)
    await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: ctx.caller.role, action: 'staff-entry', filingId: id, detail: { from: 'draft', to: 'submitted', channel: input.channel, channelLabel: INTAKE_CHANNEL_LABELS[input.channel], receivedOn: input.receivedOn } })
    const result = { id, status: rec.status, version: rec.version }
    await tx.idempotency.put({ key, filingId: id, result: result as unknown as JsonObject, at })
    return { ...result, replayed: false }
  })
}
