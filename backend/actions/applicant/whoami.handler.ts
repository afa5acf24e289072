/** Who am I: the role decides whether the mini-program shows the review tab. */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { whoamiContract, type WhoamiOutput } from '../../core'

export const whoami = defineAction({
  contract: whoamiContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const { caller } = requireUser(ctx)
    const role: WhoamiOutput['role'] = caller.role === 'reviewer' || caller.role === 'admin' ? caller.role : 'applicant'
    const status = ctx.rt.settings.templateIds.statusChanged
    const templateIds = status ? [status] : []
    const more = { reportTemplateId: ctx.rt.settings.templateIds.reportClosed ?? null, caseTemplateId: ctx.rt.settings.templateIds.caseNotice ?? null }
    return caller.staffName ? { openid: caller.openid, role, staffName: caller.staffName, templateIds, ...more } : { openid: caller.openid, role, templateIds, ...more }
  }
})
