/**
 * Report (举报) an account. Needs an openid (for follow-up and a daily limit against spam); the
 * limit's count and the report land in one unit, so the limit holds under concurrent reports.
 */
import { LIVE_STATUSES, nameKey, reportContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { countCall } from '../../services/rate-limit'

export const report = defineAction({
  contract: reportContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const { store, ids, config } = ctx.rt
    const [filing] = await store.filings.findByAccountKeys([nameKey(input.platform, input.accountName)], [...LIVE_STATUSES])
    const id = ids.newId()
    await store.runUnit(async (tx) => {
      await countCall(ctx, tx, 'report', `；紧急情况请致电${config.office.phone}`)
      await tx.reports.insert({
        id,
        reporterOpenid: ctx.caller.openid,
        platform: input.platform,
        accountName: input.accountName,
        filingId: filing?.id ?? null,
        reason: input.reason,
        details: input.details,
        at: ctx.now.toISOString(),
        status: 'open'
      })
    })
    return { id, message: `举报已收到，${config.office.shortName}将依法核查处理，感谢您的监督` }
  }
})
