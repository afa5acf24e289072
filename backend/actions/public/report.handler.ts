/** Report (举报) an account. Needs an openid (for follow-up and a daily limit against spam). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { nameKey } from '../../services/filing-index'
import { requireUser } from '../../services/filings'
import { reportContract } from '../../core'

export const MAX_REPORTS_PER_DAY = 10

export const report = defineAction({
  contract: reportContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const { store, ids, config } = ctx.rt
    const since = new Date(ctx.now.getTime() - 86_400_000).toISOString()
    if ((await store.reports.countByReporterSince(ctx.caller.openid, since)) >= MAX_REPORTS_PER_DAY) {
      throw errors.invalidState(`您今天的举报次数已达${MAX_REPORTS_PER_DAY}次上限，请明天再试；紧急情况请致电${config.office.phone}`)
    }
    const [filing] = await store.filings.findByAccountKeys([nameKey(input.platform, input.accountName)], ['approved', 'amending', 'submitted', 'returned'])
    const id = ids.newId()
    await store.reports.insert({
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
    return { id, message: `举报已收到，${config.office.shortName}将依法核查处理，感谢您的监督` }
  }
})
