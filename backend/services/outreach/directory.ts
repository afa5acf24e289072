/** The association's directory: consenting filed operators, one row per account of the approved version, core's columns. */
import { DIRECTORY_COLUMNS, contentOf, isFiled, standingOf } from '../../core'
import type { Ctx } from '../../entry/action'
import { startXlsxSheet } from '../export-xlsx'

const PAGE = 200

export async function directoryWorkbook(ctx: Ctx): Promise<{ bytes: Buffer; rows: number; operators: number }> {
  const { store, config } = ctx.rt
  const sheet = startXlsxSheet('自媒体名录', DIRECTORY_COLUMNS)
  const owners = new Set<string>()
  let after: string | null = null
  for (;;) {
    const page = await store.upkeep.listListed(after, PAGE)
    for (const u of page) {
      const f = await store.filings.get(u.filingId)
      // Consent is per filing and stays with its owner: a transferred or lapsed filing drops out.
      if (!f || !f.approved || f.ownerOpenid !== u.openid || !isFiled(standingOf(f))) continue
      const content = contentOf(f.approved)
      for (const account of content.accounts ?? []) {
        const input = { filingNumber: f.filingNumber, approvedAt: f.approved.approvedAt, content, account, config }
        sheet.addRow(Object.fromEntries(DIRECTORY_COLUMNS.map((c) => [c.key, c.value(input)])))
      }
      owners.add(f.ownerOpenid)
    }
    if (page.length < PAGE) break
    after = page[page.length - 1].id
  }
  const { bytes, rows } = await sheet.finish()
  return { bytes, rows, operators: owners.size }
}
