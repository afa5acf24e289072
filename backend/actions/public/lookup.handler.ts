/**
 * Public lookup: is this account filed? Only the filed (approved) version is consulted and
 * only account-level facts are returned — no subject, no person, no contact.
 */
import { defineAction } from '../../entry/action'
import type { FilingRecord, JsonObject } from '../../ports/records'
import { nameKey, platformLabel } from '../../services/filing-index'
import { statusLabel } from '../../services/views'
import { lookupContract, type LookupItem } from '../../core'

const PUBLIC_STATUSES = ['approved', 'amending', 'cancelled'] as const

export const lookup = defineAction({
  contract: lookupContract,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    let recs: FilingRecord[]
    if ('filingNumber' in input) {
      const rec = await store.filings.findByNumber(input.filingNumber.replace(/\s+/g, ''))
      recs = rec ? [rec] : []
    } else {
      recs = await store.filings.findByAccountKeys([nameKey(input.platform, input.accountName)], [...PUBLIC_STATUSES])
    }
    const items: LookupItem[] = []
    for (const rec of recs) {
      if (!rec.approved) continue
      const status = rec.status === 'cancelled' ? 'cancelled' : 'approved'
      const accounts = Array.isArray(rec.approved.content.accounts) ? (rec.approved.content.accounts as JsonObject[]) : []
      for (const a of accounts) {
        const platform = a.kind === 'website' ? 'website' : a.kind === 'app' ? 'app' : String(a.platform ?? '')
        const accountName = String(a.accountName ?? a.name ?? '')
        if ('platform' in input && (platform !== input.platform || accountName.trim().toLowerCase() !== input.accountName.trim().toLowerCase())) continue
        items.push({ filingNumber: rec.filingNumber, status, statusLabel: statusLabel(status), platform: platform === 'other' ? String(a.platformName ?? '其他') : platformLabel(platform, config), accountName, approvedAt: rec.approved.approvedAt })
      }
    }
    return { found: items.some((i) => i.status === 'approved'), items }
  }
})
