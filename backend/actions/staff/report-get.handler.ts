/** One report for triage: screenshots (short-lived links), matching filings and leads, staff to assign, history. Viewing is audited. */
import { FILE_LINK_SECONDS, LEAD_STATUS_LABELS, LEAD_UNFILED, nameKey, reportGetContract, STAFF_VISIBLE_STATUSES, statusLabel } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { staffDirectory } from '../../services/supervision/staff-directory'
import { auditEntry, loadReport } from '../../services/supervision/support'
import { reportItem } from '../../services/supervision/views'

export const reportGet = defineAction({
  contract: reportGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { store, files, config } = ctx.rt
    const r = await loadReport(ctx, input.id)
    const key = nameKey(r.platform, r.accountName)
    const [filings, leads, links, staff, history] = await Promise.all([
      store.filings.findByAccountKeys([key], [...STAFF_VISIBLE_STATUSES]),
      store.leads.findByKeys([key], [...LEAD_UNFILED]),
      files.signedUrls(r.evidence, FILE_LINK_SECONDS),
      staffDirectory(ctx),
      store.audit.listByRef(r.id)
    ])
    if (r.evidence.length) await store.audit.insert(auditEntry(ctx, 'report-evidence-viewed', r.id, { files: r.evidence.length }))
    return {
      report: reportItem(r, config),
      evidenceLinks: r.evidence.map((id) => links[id]).filter((u): u is string => typeof u === 'string'),
      matches: {
        filings: filings.map((f) => ({ id: f.id, filingNumber: f.filingNumber, statusLabel: statusLabel(f.status), accountNames: f.index.accountNames })),
        lead: leads[0] ? { id: leads[0].id, statusLabel: LEAD_STATUS_LABELS[leads[0].status] } : null
      },
      staff,
      history: history.map((h) => ({ at: h.at, action: h.action, actorRole: h.actorRole, detail: h.detail }))
    }
  }
})
