/**
 * Report (举报) an account. Needs an openid (for the receipt, the reply and a daily limit against
 * spam, counted in the report's own unit so it holds under concurrent reports).
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { receiveReport } from '../../services/supervision/reports'
import { reportContract } from '../../core'

export const report = defineAction({
  contract: reportContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const r = await receiveReport(ctx, input)
    return { id: r.id, receiptNumber: r.receiptNumber, message: `举报已收到，${ctx.rt.config.office.shortName}将依法核查处理，感谢您的监督` }
  }
})
