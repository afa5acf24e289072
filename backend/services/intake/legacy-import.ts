/**
 * The office's old register, imported from the template: every row read and checked by core
 * (`readLegacyRows`), then against the register (old numbers already used, accounts another live
 * filing holds, rows imported before). Any problem → nothing is written and the report names each
 * row and column. Otherwise every new filing, its account claims and its audit entry are written in
 * one unit. Ids are derived from the old number and a keyed hash of the rows is kept, so importing
 * the same file again finds every filing already there and writes nothing.
 */
import {
  accountKeyOf,
  importedFiling,
  LEGACY_MAX_BYTES,
  LEGACY_MAX_ROWS,
  LEGACY_MAX_UNZIPPED_BYTES,
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

/** Checks each filing against the register; returns those to write and counts the ones already there. */
async function planAgainstRegister(ctx: UserCtx, filings: LegacyFiling[], problems: LegacyProblem[]): Promise<{ fresh: Planned[]; unchanged: number }> {
  const { store, crypto } = ctx.rt
  const fresh: Planned[] = []
  let unchanged = 0
  const inFile = new Map<string, { row: number; number: string }>()
  for (const filing of filings) {
    const id = legacyFilingId(ctx, filing.legacyNumber)
    const rowHash = crypto.hash(`legacy-rows:${JSON.stringify(filing.cells)}`)
    const first = filing.rows[0]
    const existing = await store.filings.get(id)
    if (existing) {
      if (existing.intake?.rowHash === rowHash) unchanged++
      else problems.push({ row: first, column: LEGACY_NUMBER_HEADER, message: `原备案号“${filing.legacyNumber}”已导入过，本次内容与已导入的不同；已导入的备案请由认领人变更，或联系管理员核对` })
      continue
    }
    const byNumber = await store.filings.findByNumber(filing.legacyNumber)
    if (byNumber) problems.push({ row: first, column: LEGACY_NUMBER_HEADER, message: `备案号“${filing.legacyNumber}”已被系统中的另一份备案使用，请核对` })
    const accounts = (filing.content.accounts ?? []) as AccountLike[]
    for (const [i, account] of accounts.entries()) {
      const key = accountKeyOf(account)
      const row = filing.rows[i]
      if (!key) continue
      const seen = inFile.get(key)
      if (seen && seen.number !== filing.legacyNumber) {
        problems.push({ row, column: '', message: `该账号与第${seen.row}行（原备案号“${seen.number}”）是同一个账号：一个账号只能有一份备案` })
        continue
      }
      inFile.set(key, { row, number: filing.legacyNumber })
      const claim = await store.claims.get(claimId(crypto, key))
      const holder = claim ? await store.filings.get(claim.filingId) : null
      if (holder && holder.claimKeys?.includes(key)) {
        problems.push({ row, column: '', message: `该账号已有有效备案${holder.filingNumber ? `（备案号 ${holder.filingNumber}）` : '（审核中）'}：一个账号只能有一份有效备案` })
      }
    }
    fresh.push({ filing, id, rowHash })
  }
  return { fresh, unchanged }
}

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
    return { ...base, written: 0, summary: `发现${problems.length}处问题（涉及${badRows}行），本次未导入任何数据。请按报告逐行修改后重新导入。首个问题：${legacyProblemText(problems[0])}` }
  }
  if (!confirm || fresh.length === 0) {
    const summary = fresh.length === 0
      ? `表格中的${unchanged}份备案均已导入，无需重复导入`
      : `检查通过：共${reading.rowCount}行，${reading.filings.length}份备案，其中新导入${fresh.length}份${unchanged ? `、已导入过${unchanged}份（不会重复导入）` : ''}。确认后导入`
    return { ...base, written: 0, summary }
  }
  const at = now.toISOString()
  const enteredBy = ctx.caller.openid
  const records: FilingRecord[] = fresh.map(({ filing, id, rowHash }) =>
    importedFiling(id, sealVersion(filing.content as DraftContent, rt.crypto, rt.config), { channel: 'legacy', enteredBy, enteredAt: at, legacyNumber: filing.legacyNumber, legacyFiledOn: filing.legacyFiledOn, rowHash }, now, rt.config)
  )
  // One unit: all of them or none (a concurrent import or filing of the same account refuses the whole file).
  await rt.store.runUnit(async (tx) => {
    for (const rec of records) {
      if (await tx.filings.get(rec.id)) throw errors.conflict()
      await tx.filings.insert(rec)
      await holdClaims(ctx, tx, rec, rec.claimKeys, at)
      await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: enteredBy, actorRole: ctx.caller.role, action: 'legacy-import', filingId: rec.id, detail: { legacyNumber: rec.filingNumber, accounts: rec.index.accountNames.length } })
    }
  })
  return { ...base, written: records.length, summary: `已导入${records.length}份备案${unchanged ? `（另有${unchanged}份此前已导入）` : ''}。经营者可凭原备案号和主体证件号码认领后变更` }
}
