/**
 * Bulk accounts (issue 12 §7): the template (columns from core's catalogue, with a 填写说明 sheet)
 * and the import into an editable filing of the caller's. Core reads the rows against the wizard's
 * own rules; here the register is asked whether any new account is already held by another live
 * filing (one account, one live number). Any problem: nothing is written and every row is named.
 */
import {
  accountKeyOf,
  BULK_FILE_MAX_CHARS,
  BULK_MAX_ROWS,
  BULK_SHEET,
  bulkAccountsContract,
  bulkColumns,
  bulkProblemText,
  bulkTemplateContract,
  duplicateNotice,
  LIVE_STATUSES,
  parseBulkAccounts,
  type BulkProblem,
  type DraftContent
} from '../../core'
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import { clashOf } from '../../services/duplicates'
import { editedRecord, loadOwnFiling, requireUser } from '../../services/filings'
import { unsealContent } from '../../services/sealing'
import { cellText, readXlsxSheet, writeWorkbook, type SheetBounds } from '../../services/xlsx-read'

export const bulkTemplate = defineAction({
  contract: bulkTemplateContract,
  allow: SIGNED_IN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const columns = bulkColumns(ctx.rt.config)
    const bytes = await writeWorkbook((wb) => {
      const ws = wb.addWorksheet(BULK_SHEET)
      ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4) }))
      ws.getRow(1).font = { bold: true }
      ws.views = [{ state: 'frozen', ySplit: 1 }]
      const help = wb.addWorksheet('填写说明')
      help.columns = [{ header: '列名', width: 22 }, { header: '说明', width: 90 }]
      help.getRow(1).font = { bold: true }
      for (const c of columns) help.addRow([c.header, c.note])
      help.addRow([])
      help.addRow(['', `从“${BULK_SHEET}”表第2行起每行填写一个账号，最多${BULK_MAX_ROWS}个；不要改动表头。有任何一行不符合要求时，整份表格都不会导入，请按提示修改后重新上传。`])
    })
    return { fileName: `${ctx.rt.config.office.shortName}账号批量导入模板.xlsx`, base64: bytes.toString('base64'), columns: columns.map((c) => c.header) }
  }
})

/** New accounts already held by another live filing: one problem per row. */
async function registerClashes(ctx: UserCtx, rec: FilingRecord, merged: DraftContent, held: number, rowOf: (i: number) => number): Promise<BulkProblem[]> {
  const accounts = merged.accounts ?? []
  const keys = accounts.slice(held).flatMap((a) => accountKeyOf(a) ?? [])
  if (!keys.length) return []
  const holders = (await ctx.rt.store.filings.findByAccountKeys(keys, [...LIVE_STATUSES])).filter((f) => f.id !== rec.id)
  const clashes = keys.flatMap((key) => {
    const holder = holders.find((h) => (h.claimKeys ?? []).includes(key))
    return holder ? [clashOf(ctx, key, holder)] : []
  })
  if (!clashes.length) return []
  const { fields } = duplicateNotice(merged, clashes, ctx.rt.config)
  return Object.entries(fields).flatMap(([path, message]) => {
    const i = Number(/^accounts\.(\d+)/.exec(path)?.[1] ?? -1) - held
    return i >= 0 ? [{ row: rowOf(i), column: null, message }] : []
  })
}

/**
 * A filled template: the header, a filing's worth of accounts and some blank or note rows; it
 * arrives base64 in the call (BULK_FILE_MAX_CHARS). A full template of 50 accounts unzips to well
 * under 100 KB; 4 MB leaves room for formatting and refuses bombs.
 */
const BULK_BOUNDS: SheetBounds = { field: 'file', maxBytes: BULK_FILE_MAX_CHARS, maxUnzippedBytes: 4 * 1024 * 1024, maxRows: BULK_MAX_ROWS + 21, maxCols: 80, sheetName: BULK_SHEET }

export const bulkAccounts = defineAction({
  contract: bulkAccountsContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    if (rec.version !== input.version) throw errors.conflict()
    const sheet = await readXlsxSheet(Buffer.from(input.file, 'base64'), BULK_BOUNDS)
    const rows = [sheet.header, ...sheet.rows].map((r) => r.map((c) => cellText(c).slice(0, 1000)))
    const existing = unsealContent(rec.working, ctx.rt.crypto)
    const held = existing.accounts?.length ?? 0
    const report = (problems: BulkProblem[]) => ({ id: rec.id, version: rec.version, added: 0, total: held, problems: problems.map((p) => ({ ...p, text: bulkProblemText(p) })) })
    const parsed = parseBulkAccounts(rows, existing, ctx.rt.config, ctx.now, () => ctx.rt.ids.newId())
    if (!parsed.ok) return report(parsed.problems)
    const merged: DraftContent = { ...existing, accounts: [...(existing.accounts ?? []), ...parsed.accounts] }
    // Data rows as the sheet numbers them (blank rows skipped by core are not in `parsed`).
    const dataRows = rows.map((r, n) => ({ n: n + 1, r })).slice(1).filter(({ r }) => r.some((c) => c.trim() !== '')).map(({ n }) => n)
    const clashes = await registerClashes(ctx, rec, merged, held, (i) => dataRows[i])
    if (clashes.length) return report(clashes)
    const next = editedRecord(ctx, rec, merged)
    await ctx.rt.store.runUnit(async (tx) => {
      if (!(await tx.filings.replaceIfVersion(next, rec.version))) throw errors.conflict()
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at: ctx.now.toISOString(), actorOpenid: ctx.caller.openid, actorRole: 'applicant', action: 'bulk-accounts', filingId: rec.id, detail: { added: parsed.accounts.length } })
    })
    return { id: next.id, version: next.version, added: parsed.accounts.length, total: merged.accounts?.length ?? 0, problems: [] }
  }
})
