/**
 * The office's old register, imported from the template: every row read and checked by core
 * (`readLegacyRows`), then against the register (old numbers already used, accounts another live
 * filing holds, rows imported before). Any problem → nothing is written and the report names each
 * row and column. Otherwise the new filings, their account claims and audit entries are written in
 * units of LEGACY_UNIT_FILINGS, at most LEGACY_CALL_FILINGS and LEGACY_CALL_WRITE_MS per call
 * (CloudBase's transaction and function time limits: see core legacy.ts); the answer's `remaining`
 * says how many the next confirmed calls write. Ids are derived from the old number and a keyed
 * hash of the rows is kept, so importing the same file again (or resuming) finds every filing
 * already there and skips it.
 */
import {
  accountKeyOf,
  importedFiling,
  LEGACY_MAX_BYTES,
  LEGACY_MAX_ROWS,
  LEGACY_CALL_FILINGS,
  LEGACY_CALL_WRITE_MS,
  LEGACY_MAX_UNZIPPED_BYTES,
  LEGACY_UNIT_FILINGS,
  LEGACY_NUMBER_HEADER,
  legacyProblemText,
  readLegacyRows,
  type AccountLike,
  type DraftContent,
  type LegacyFiling,
  type LegacyImportOutput,
  type LegacyProblem
} from '../../core'
import type { UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import { claimId } from '../ledger-ids'
import { sealVersion } from '../sealing'
import { holdClaims } from '../transition'
import { readXlsxSheet, type SheetBounds } from '../xlsx-read'

/** Problems listed in the answer (the count says how many there are; the screen shows them all up to this). */
export const REPORTED_PROBLEMS = 1000

export function legacyFilingId(ctx: UserCtx, legacyNumber: string): string {
  return `lg-${ctx.rt.crypto.hash(`legacy:${legacyNumber}`).slice(0, 40)}`
}

interface Planned {
  filing: LegacyFiling
  id: string
  rowHash: string
}

/**
 * Checks each filing against the register; returns those to write and counts the ones already
 * there. The register is read in batches (a few queries per hundred filings), never one document
 * per filing: on CloudBase each read is a round trip, and a 10,000-row file must be checked
 * within one call.
 */
async function planAgainstRegister(ctx: UserCtx, filings: LegacyFiling[], problems: LegacyProblem[]): Promise<{ fresh: Planned[]; unchanged: number }> {
  const { store, crypto } = ctx.rt
  const ids = filings.map((f) => legacyFilingId(ctx, f.legacyNumber))
  const existing = byId(await store.filings.getMany(ids))
  const candidates = filings.filter((_, i) => !existing.has(ids[i]))
  const numbered = new Map((await store.filings.findByNumbers(candidates.map((f) => f.legacyNumber))).map((r) => [r.filingNumber, r]))
  const keysOf = (f: LegacyFiling) => ((f.content.accounts ?? []) as AccountLike[]).map((a) => accountKeyOf(a))
  const claimIds = candidates.flatMap((f) => keysOf(f).flatMap((k) => (k ? [claimId(crypto, k)] : [])))
  const claims = byId(await store.claims.getMany(claimIds))
  const holders = byId(await store.filings.getMany([...claims.values()].map((c) => c.filingId)))

  const fresh: Planned[] = []
  let unchanged = 0
  const inFile = new Map<string, { row: number; number: string }>()
  filings.forEach((filing, n) => {
    const id = ids[n]
    const rowHash = crypto.hash(`legacy-rows:${JSON.stringify(filing.cells)}`)
    const first = filing.rows[0]
    const stored = existing.get(id)
    if (stored) {
      if (stored.intake?.rowHash === rowHash) unchanged++
      else problems.push({ row: first, column: LEGACY_NUMBER_HEADER, message: `原备案号“${filing.legacyNumber}”已导入过，本次内容与已导入的不同；已导入的备案请由认领人变更，或联系管理员核对` })
      return
    }
    if (numbered.has(filing.legacyNumber)) problems.push({ row: first, column: LEGACY_NUMBER_HEADER, message: `备案号“${filing.legacyNumber}”已被系统中的另一份备案使用，请核对` })
    for (const [i, key] of keysOf(filing).entries()) {
      const row = filing.rows[i]
      if (!key) continue
      const seen = inFile.get(key)
      if (seen && seen.number !== filing.legacyNumber) {
        problems.push({ row, column: '', message: `该账号与第${seen.row}行（原备案号“${seen.number}”）是同一个账号：一个账号只能有一份备案` })
        continue
      }
      inFile.set(key, { row, number: filing.legacyNumber })
      const claim = claims.get(claimId(crypto, key))
      const holder = claim ? holders.get(claim.filingId) : undefined
      if (holder && holder.claimKeys?.includes(key)) {
        problems.push({ row, column: '', message: `该账号已有有效备案${holder.filingNumber ? `（备案号 ${holder.filingNumber}）` : '（审核中）'}：一个账号只能有一份有效备案` })
      }
    }
    fresh.push({ filing, id, rowHash })
  })
  return { fresh, unchanged }
}

const byId = <T extends { id: string }>(docs: T[]): Map<string, T> => new Map(docs.map((d) => [d.id, d]))

/** The office's register: up to LEGACY_MAX_ROWS rows (core reports more as a problem of row 1). */
export const LEGACY_BOUNDS: SheetBounds = { field: 'fileId', maxBytes: LEGACY_MAX_BYTES, maxUnzippedBytes: LEGACY_MAX_UNZIPPED_BYTES, maxRows: LEGACY_MAX_ROWS + 2, maxCols: 200 }

export async function importLegacyRegister(ctx: UserCtx, bytes: Buffer, confirm: boolean): Promise<LegacyImportOutput> {
  const { rt, now } = ctx
  const sheet = await readXlsxSheet(bytes, LEGACY_BOUNDS)
  const reading = readLegacyRows(sheet.header, sheet.rows, rt.config, now)
  const problems = [...reading.problems]
  const { fresh, unchanged } = reading.filings.length && !problems.some((p) => p.row === 1) ? await planAgainstRegister(ctx, reading.filings, problems) : { fresh: [], unchanged: 0 }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column))
  const base = { rows: reading.rowCount, filings: reading.filings.length, fresh: fresh.length, unchanged, problemCount: problems.length, problems: problems.slice(0, REPORTED_PROBLEMS) }
  if (problems.length) {
    const badRows = new Set(problems.map((p) => p.row)).size
    return { ...base, written: 0, remaining: fresh.length, summary: `发现${problems.length}处问题（涉及${badRows}行），本次未导入任何数据。请按报告逐行修改后重新导入。首个问题：${legacyProblemText(problems[0])}` }
  }
  if (!confirm || fresh.length === 0) {
    const summary = fresh.length === 0
      ? `表格中的${unchanged}份备案均已导入，无需重复导入`
      : `检查通过：共${reading.rowCount}行，${reading.filings.length}份备案，其中新导入${fresh.length}份${unchanged ? `、已导入过${unchanged}份（不会重复导入）` : ''}。确认后导入`
    return { ...base, written: 0, remaining: fresh.length, summary }
  }
  const at = now.toISOString()
  const enteredBy = ctx.caller.openid
  // This call's share (LEGACY_CALL_FILINGS), in file order; the rest is written by the next confirmed call.
  const records: FilingRecord[] = fresh.slice(0, LEGACY_CALL_FILINGS).map(({ filing, id, rowHash }) =>
    importedFiling(id, sealVersion(filing.content as DraftContent, rt.crypto, rt.config), { channel: 'legacy', enteredBy, enteredAt: at, legacyNumber: filing.legacyNumber, legacyFiledOn: filing.legacyFiledOn, rowHash }, now, rt.config)
  )
  // Units of LEGACY_UNIT_FILINGS: each all or nothing. A unit that fails (a concurrent import or
  // filing of the same account) stops the call with the units before it kept; since ids come from
  // the old numbers, the next call counts those as unchanged and checks the rest again.
  // Units stop once LEGACY_CALL_WRITE_MS have passed since the call began (the first always runs).
  let written = 0
  for (let i = 0; i < records.length; i += LEGACY_UNIT_FILINGS) {
    if (i > 0 && rt.clock.now().getTime() - now.getTime() >= LEGACY_CALL_WRITE_MS) break
    const unit = records.slice(i, i + LEGACY_UNIT_FILINGS)
    await rt.store.runUnit(async (tx) => {
      for (const rec of unit) {
        if (await tx.filings.get(rec.id)) throw errors.conflict()
        await tx.filings.insert(rec)
        await holdClaims(ctx, tx, rec, rec.claimKeys, at)
        await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: enteredBy, actorRole: ctx.caller.role, action: 'legacy-import', filingId: rec.id, detail: { legacyNumber: rec.filingNumber, accounts: rec.index.accountNames.length } })
      }
    })
    written += unit.length
  }
  const remaining = fresh.length - written
  const summary = remaining > 0
    ? `本次导入${written}份备案，还有${remaining}份待导入，请继续导入`
    : `已导入${written}份备案${unchanged ? `（另有${unchanged}份此前已导入）` : ''}。经营者可凭原备案号和主体证件号码认领后变更`
  return { ...base, written, remaining, summary }
}
