/** One of my filings, with its timeline and short-lived links to my own documents. */
import { FILE_LINK_SECONDS, getFilingContract, type DraftContent } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { unsealContent } from '../../services/sealing'
import { toListItem, toTimeline } from '../../services/views'
import { changeView } from '../../services/outreach/upkeep'

export const getFiling = defineAction({
  contract: getFilingContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    const content = unsealContent(rec.working, ctx.rt.crypto)
    const fileIds = (content.documents ?? []).map((d) => d.fileId)
    const [audit, links, upkeep] = await Promise.all([
      ctx.rt.store.audit.listByFiling(rec.id),
      ctx.rt.files.signedUrls(fileIds, FILE_LINK_SECONDS),
      ctx.rt.store.upkeep.get(rec.id)
    ])
    const change = upkeep?.changeOpen ? changeView(upkeep, { filingNumber: rec.filingNumber, accountNames: rec.index.accountNames }) : null
    return {
      ...toListItem(rec, ctx.now, ctx.rt.config),
      content,
      approvedContent: rec.approved ? (rec.approved.content as unknown as DraftContent) : null,
      returnReasons: rec.returnReasons,
      rejectReason: rec.rejectReason,
      decidedAt: rec.decidedAt,
      reviewDueDate: rec.reviewDueDate,
      timeline: toTimeline(audit),
      change,
      documentLinks: links
    }
  }
})
