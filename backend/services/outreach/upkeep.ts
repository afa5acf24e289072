/**
 * Upkeep of a filing: the directory consent, and a reported change of operator or contact with
 * its 30-working-day schedule (core's upkeep.ts). The timer reminds once before the due date and
 * hands an overdue change to supervision as leads. The reminder is recorded in the same unit as
 * its outbox row, so a timer that dies midway never sends it twice (the dispatcher sends later).
 */
import { CHANGE_KIND_LABELS, checkEligibility, crossingPrompt, changeDue, changeFiled, changeReminderRequest, changeSchedule, type ChangeKind, type ChangeView } from '../../core'
import type { Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord, OutreachContactRecord, UpkeepChange, UpkeepRecord } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import type { Runtime } from '../../runtime/runtime'
import { queueOwed } from '../notify'
import { createLeads } from '../supervision/leads'
import { auditEntry } from '../supervision/support'
import { leadRows } from './reverification'

const PAGE = 200

const blank = (f: Pick<FilingRecord, 'id' | 'ownerOpenid'>, at: string): UpkeepRecord => ({
  id: f.id, version: 0, filingId: f.id, openid: f.ownerOpenid, listed: false, listedAt: null, change: null, changeOpen: false, updatedAt: at
})

/** Read-modify-write of one filing's upkeep row inside a unit (inserted on first use). */
export async function updateUpkeep(tx: UnitOfWork, f: Pick<FilingRecord, 'id' | 'ownerOpenid'>, at: string, patch: (cur: UpkeepRecord) => Partial<UpkeepRecord>): Promise<UpkeepRecord> {
  const cur = (await tx.upkeep.get(f.id)) ?? blank(f, at)
  const next: UpkeepRecord = { ...cur, ...patch(cur), version: cur.version + 1, updatedAt: at }
  if (cur.version === 0) await tx.upkeep.insert(next)
  else if (!(await tx.upkeep.replaceIfVersion(next, cur.version))) throw errors.conflict()
  return next
}

/** Opens (or widens) a change: the schedule runs from the first report; a later report adds its kinds. */
export async function reportChange(ctx: Ctx, f: FilingRecord, kinds: readonly ChangeKind[], source: UpkeepChange['source']): Promise<UpkeepRecord> {
  return ctx.rt.store.runUnit(async (tx) => openChange(ctx, tx, f, kinds, source))
}

/**
 * `reportChange` inside a caller's unit (a transfer opens the change in the unit that moves the
 * filing). `also` patches the row too (a transfer points it at the new owner, whom the timer reminds).
 */
export async function openChange(ctx: Ctx, tx: UnitOfWork, f: Pick<FilingRecord, 'id' | 'ownerOpenid'>, kinds: readonly ChangeKind[], source: UpkeepChange['source'], also: Partial<UpkeepRecord> = {}): Promise<UpkeepRecord> {
  const at = ctx.now.toISOString()
  const rec = await updateUpkeep(tx, f, at, (cur) => {
    if (cur.change && cur.changeOpen) return { ...also, change: { ...cur.change, kinds: [...new Set([...cur.change.kinds, ...kinds])] } }
    const s = changeSchedule(ctx.now, ctx.rt.config)
    return { ...also, changeOpen: true, change: { kinds: [...kinds], source, reportedAt: at, ...s, remindedAt: null, message: null, resolvedAt: null, leadAt: null, leadIds: [] } }
  })
  await tx.audit.insert(auditEntry(ctx, 'upkeep-change', f.id, { kinds: [...kinds], source, dueOn: rec.change?.dueOn ?? '' }, f.id))
  return rec
}

export function changeView(u: UpkeepRecord, f: Pick<FilingRecord, 'filingNumber'> & { accountNames: string[] }): ChangeView | null {
  const c = u.change
  if (!c) return null
  const status = c.resolvedAt ? 'filed' : c.leadAt ? 'overdue' : 'open'
  return {
    filingId: u.filingId,
    filingNumber: f.filingNumber,
    accountNames: f.accountNames,
    kinds: c.kinds,
    kindsLabel: c.kinds.map((k) => CHANGE_KIND_LABELS[k]).join('、'),
    reportedOn: c.reportedOn,
    dueOn: c.dueOn,
    status,
    statusLabel: status === 'filed' ? '已办理变更' : status === 'overdue' ? `逾期未办理（截止${c.dueOn}）` : `请于${c.dueOn}前办理变更备案`
  }
}

/** The timer's part: each open change is settled (filed), reminded once, or after its due date turned into leads. */
export async function runUpkeep(rt: Runtime): Promise<{ reminded: number; leads: number; filed: number }> {
  const now = rt.clock.now()
  const ctx: Ctx = { rt, now, caller: { openid: null, role: 'system' } }
  const at = now.toISOString()
  let reminded = 0
  let leads = 0
  let filed = 0
  let after: string | null = null
  for (;;) {
    const page = await rt.store.upkeep.listOpenChanges(after, PAGE)
    for (const u of page) {
      const c = u.change
      if (!c) continue
      const filing = await rt.store.filings.get(u.filingId)
      if (filing && changeFiled(c.reportedAt, filing.submittedAt)) {
        await rt.store.runUnit(async (tx) => {
          const cur = await tx.upkeep.get(u.id)
          if (!cur?.change || !cur.changeOpen) return
          await updateUpkeep(tx, filing, at, () => ({ changeOpen: false, change: { ...cur.change!, resolvedAt: at } }))
          await tx.audit.insert(auditEntry(ctx, 'upkeep-filed', u.id, { kinds: cur.change.kinds }, u.filingId))
        })
        filed++
        continue
      }
      const due = changeDue(c, now, rt.config)
      if (due === 'remind') {
        const sent = await rt.store.runUnit(async (tx) => {
          const cur = await tx.upkeep.get(u.id)
          // Re-read inside the unit: a second timer run (or a retried unit) finds it reminded.
          if (!cur?.change || !cur.changeOpen || cur.change.remindedAt) return false
          const unsent = await queueOwed(ctx, tx, u.filingId, changeReminderRequest({ openid: cur.openid, accountName: filing?.index.accountNames[0] ?? '', dueOn: cur.change.dueOn, kinds: cur.change.kinds }))
          await updateUpkeep(tx, { id: cur.id, ownerOpenid: cur.openid }, at, () => ({ change: { ...cur.change!, remindedAt: at, message: unsent ?? 'sent' } }))
          await tx.audit.insert(auditEntry(ctx, 'upkeep-reminder', u.id, { dueOn: cur.change.dueOn, sent: unsent === null, ...(unsent ? { unsent } : {}) }, u.filingId))
          return true
        })
        if (sent) reminded++
      } else if (due === 'lead') {
        const outcomes = filing ? await createLeads(ctx, leadRows(filing, `${c.kinds.map((k) => CHANGE_KIND_LABELS[k]).join('、')}逾期未办理变更备案`), { source: 'upkeep', ref: '动态备案' }) : []
        const leadIds = outcomes.flatMap((o) => ('leadId' in o ? [o.leadId] : []))
        await rt.store.runUnit(async (tx) => {
          const cur = await tx.upkeep.get(u.id)
          if (!cur?.change || !cur.changeOpen) return
          await updateUpkeep(tx, { id: cur.id, ownerOpenid: cur.openid }, at, () => ({ changeOpen: false, change: { ...cur.change!, leadAt: at, leadIds } }))
          await tx.audit.insert(auditEntry(ctx, 'upkeep-lead', u.id, { dueOn: cur.change.dueOn, leads: leadIds.length }, u.filingId))
        })
        leads += leadIds.length
      }
    }
    if (page.length < PAGE) break
    after = page[page.length - 1].id
  }
  return { reminded, leads, filed }
}

/**
 * A new follower count for an opted-in self-check: the stored answers re-run with it; crossing the
 * threshold answers with the prompt (and the answers that prefill the wizard).
 */
export async function reportFollowers(ctx: Ctx, contact: OutreachContactRecord, followers: number) {
  if (!contact.answers) throw errors.invalid('请重新完成备案自查', { followers: '请重新完成备案自查' })
  const answers = { ...contact.answers, followers }
  const before = contact.accounts[0]?.followers ?? contact.answers.followers ?? null
  const prompt = crossingPrompt(before, checkEligibility(answers, ctx.rt.config, ctx.now))
  const at = ctx.now.toISOString()
  await ctx.rt.store.runUnit(async (tx) => {
    const cur = await tx.outreachContacts.get(contact.id)
    if (!cur || cur.version !== contact.version) throw errors.conflict()
    const next: OutreachContactRecord = {
      ...cur, version: cur.version + 1, answers, accounts: cur.accounts.map((a, i) => (i === 0 ? { ...a, followers } : a)), crossedAt: prompt ? at : (cur.crossedAt ?? null), updatedAt: at
    }
    if (!(await tx.outreachContacts.replaceIfVersion(next, cur.version))) throw errors.conflict()
    await tx.audit.insert(auditEntry(ctx, 'upkeep-followers', contact.id, { followers, crossed: prompt !== null }))
  })
  return prompt ? { ...prompt, answers } : null
}
