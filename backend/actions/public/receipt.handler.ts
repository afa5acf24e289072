/**
 * The public side of supervision: a reporter looks up their receipt (only their own: someone
 * else's number answers "not found", so numbers reveal nothing), lists their reports, and anyone
 * reads the 公示 list — exactly what the office chose to publish, while it is live.
 */
import { formatSerial, myReportsContract, noticesContract, parseSerial, receiptContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { requireUser } from '../../services/filings'
import { publicNoticeView, receiptView } from '../../services/supervision/views'

export const receipt = defineAction({
  contract: receiptContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const { config, store } = ctx.rt
    const parsed = parseSerial(config.supervision.receiptFormat, input.receiptNumber)
    const example = formatSerial(config.supervision.receiptFormat, 2026, 123)
    if (!parsed) throw errors.invalid(`受理编号格式不正确，应为 ${example} 这样的格式`, { receiptNumber: `格式应为 ${example}` })
    const r = await store.reports.findByReceipt(formatSerial(config.supervision.receiptFormat, parsed.year, parsed.seq))
    if (!r || r.reporterOpenid !== ctx.caller.openid) throw errors.notFound('未找到该受理编号的举报；只能查询您本人提交的举报，请核对编号')
    return { receipt: receiptView(r, config) }
  }
})

export const myReports = defineAction({
  contract: myReportsContract,
  allow: SIGNED_IN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    return { items: (await ctx.rt.store.reports.listByReporter(ctx.caller.openid, 50)).map((r) => receiptView(r, ctx.rt.config)) }
  }
})

export const notices = defineAction({
  contract: noticesContract,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (input, ctx) => ({
    items: (await ctx.rt.store.cases.listPublic(input.limit)).flatMap((c) => {
      const v = publicNoticeView(c)
      return v ? [v] : []
    })
  })
})
