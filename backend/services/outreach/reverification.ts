/**
 * Re-verification rounds (年度核验): opening a round gives every filed filing an entry; the timer
 * reminds pending entries on the round's reminder days (working days, from core) and, once the
 * deadline has passed, hands the non-responders to supervision as leads (source 'outreach').
 * An operator confirms (with the 自查自纠 checklist and a renewed commitment) or changes their
 * filing through the lifecycle's own amendment.
 */
import {
  FILED_STANDING_STATUSES,
  isFiled,
  localDate,
  platformOf,
  type AccountLike,
  reverifyReminderRequest,
  roundClosed,
  roundReminderDays,
  roundReminderDue,
  standingOf,
  type LeadInput,
  type RoundInput
} from '../../core'
import type { Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord, RoundEntryRecord, RoundRecord } from '../../ports/records'
import type { QueueCursor } from '../../ports/store.port'
import type { Runtime } from '../../runtime/runtime'
import { queueOwed } from '../notify'
import { createLeads } from '../supervision/leads'
import { auditEntry } from '../supervision/support'

const PAGE = 200

export const entryId = (ctx: Ctx, roundId: string, filingId: string) => ctx.rt.crypto.hash(`reverify:${roundId}:${filingId}`)

/** Opens a round: the round, then one entry per filed filing (each its own unit). */
export async function openRound(ctx: Ctx, input: RoundInput): Promise<RoundRecord> {
  const { store, config } = ctx.rt
  const at = ctx.now.toISOString()
  const openedOn = localDate(ctx.now, config.timezone)
  const round: RoundRecord = {
    id: ctx.rt.ids.newId(), version: 1, title: input.title, openedAt: at, openedOn, deadline: input.deadline, reminderDays: roundReminderDays(openedOn, input.deadline, config),
    remindedDays: [], entries: 0, leadsAt: null, createdBy: ctx.caller.openid ?? '', createdByName: ctx.caller.staffName ?? '工作人员', updatedAt: at
  }
  await store.runUnit(async (tx) => {
    await tx.rounds.insert(round)
    await tx.audit.insert(auditEntry(ctx, 'round-open', round.id, { title: round.title, deadline: round.deadline }))
  })
  let entries = 0
  let cursor: QueueCursor | null = null
  do {
    const page = await store.filings.queue({ statuses: [...FILED_STANDING_STATUSES] }, cursor, PAGE)
    for (const f of page.items) {
      if (!isFiled(standingOf(f)) || !f.approved) continue
      const e: RoundEntryRecord = {
        id: entryId(ctx, round.id, f.id), version: 1, roundId: round.id, filingId: f.id, filingNumber: f.filingNumber, openid: f.ownerOpenid, accountNames: [...f.approved.index.accountNames],
        status: 'pending', respondedAt: null, inspection: null, amendedVersion: null, leadIds: [], updatedAt: at
      }
      await store.runUnit(async (tx) => {
        if (!(await tx.roundEntries.get(e.id))) await tx.roundEntries.insert(e)
      })
      entries++
    }
    cursor = page.next
  } while (cursor)
  return store.runUnit(async (tx) => {
    const cur = await tx.rounds.get(round.id)
    if (!cur) throw errors.notFound('找不到该核验')
    const next = { ...cur, version: cur.version + 1, entries, updatedAt: at }
    if (!(await tx.rounds.replaceIfVersion(next, cur.version))) throw errors.conflict()
    return next
  })
}

async function eachPending(rt: Runtime, roundId: string, fn: (e: RoundEntryRecord) => Promise<void>): Promise<void> {
  let after: string | null = null
  for (;;) {
    const page = await rt.store.roundEntries.listByRound(roundId, ['pending'], after, PAGE)
    for (const e of page) await fn(e)
    if (page.length < PAGE) return
    after = page[page.length - 1].id
  }
}

/** The accounts of a filing's approved version, as lead rows (`why` ends each row's note). */
export function leadRows(f: FilingRecord, why = '年度核验逾期未响应'): LeadInput[] {
  const accounts = ((f.approved?.content as { accounts?: unknown[] } | undefined)?.accounts ?? []) as Array<Record<string, unknown>>
  return accounts.map((a) => ({
    platform: platformOf(a as Pick<AccountLike, 'kind' | 'platform'>) ?? '',
    accountName: String(a.kind === 'self_media' ? a.accountName ?? '' : a.name ?? ''),
    accountId: typeof a.accountId === 'string' ? a.accountId : '',
    town: f.approved?.index.town ?? '',
    note: `${f.filingNumber ?? ''} ${why}`.trim()
  }))
}

/**
 * The timer's part: reminders on a round's reminder days (once a day), and, after the deadline,
 * the non-responders turned into leads (once per round).
 */
export async function runRounds(rt: Runtime): Promise<{ reminded: number; leads: number }> {
  const now = rt.clock.now()
  const ctx: Ctx = { rt, now, caller: { openid: null, role: 'system' } }
  let reminded = 0
  let leads = 0
  for (const round of await rt.store.rounds.list(20)) {
    if (round.leadsAt) continue
    if (roundClosed(round.deadline, now, rt.config)) {
      await eachPending(rt, round.id, async (e) => {
        const filing = await rt.store.filings.get(e.filingId)
        const outcomes = filing ? await createLeads(ctx, leadRows(filing), { source: 'outreach', ref: round.title }) : []
        const leadIds = outcomes.flatMap((o) => ('leadId' in o ? [o.leadId] : []))
        await rt.store.runUnit(async (tx) => {
          const cur = await tx.roundEntries.get(e.id)
          if (!cur || cur.status !== 'pending') return
          await tx.roundEntries.replaceIfVersion({ ...cur, version: cur.version + 1, status: 'lead', leadIds, updatedAt: now.toISOString() }, cur.version)
          await tx.audit.insert(auditEntry(ctx, 'reverify-lead', round.id, { filingNumber: e.filingNumber, leads: leadIds.length }, e.filingId))
        })
        leads += leadIds.length
      })
      await markRound(rt, round.id, (cur) => ({ leadsAt: now.toISOString(), updatedAt: now.toISOString(), version: cur.version + 1 }))
      continue
    }
    const day = roundReminderDue(round.reminderDays, round.remindedDays, now, rt.config)
    if (!day) continue
    await eachPending(rt, round.id, async (e) => {
      const sent = await rt.store.runUnit(async (tx) => {
        const cur = await tx.roundEntries.get(e.id)
        if (!cur || cur.status !== 'pending' || cur.remindedOn === day) return false
        if (!(await tx.roundEntries.replaceIfVersion({ ...cur, version: cur.version + 1, remindedOn: day, updatedAt: now.toISOString() }, cur.version))) throw errors.conflict()
        const unsent = await queueOwed(ctx, tx, round.id, reverifyReminderRequest({ openid: e.openid, accountName: e.accountNames[0] ?? '', deadline: round.deadline, title: round.title }))
        await tx.audit.insert(auditEntry(ctx, 'reverify-reminder', round.id, { day, sent: unsent === null, ...(unsent ? { unsent } : {}) }, e.filingId))
        return true
      })
      if (sent) reminded++
    })
    await markRound(rt, round.id, (cur) => ({ remindedDays: [...cur.remindedDays, day], updatedAt: now.toISOString(), version: cur.version + 1 }))
  }
  return { reminded, leads }
}

async function markRound(rt: Runtime, id: string, patch: (cur: RoundRecord) => Partial<RoundRecord>): Promise<void> {
  await rt.store.runUnit(async (tx) => {
    const cur = await tx.rounds.get(id)
    if (cur) await tx.rounds.replaceIfVersion({ ...cur, ...patch(cur) }, cur.version)
  })
}
