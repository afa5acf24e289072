/** Who am I: the role decides whether the mini-program shows the review tab. */
import { promptTemplateIds, whoamiContract, type WhoamiOutput } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'

export const whoami = defineAction({
  contract: whoamiContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const { caller } = requireUser(ctx)
    const role: WhoamiOutput['role'] = caller.role === 'reviewer' || caller.role === 'admin' ? caller.role : 'applicant'
    const { subscribe } = ctx.rt.settings
    const templateIds = promptTemplateIds(subscribe)
    // The report tap, the case page and the activities page ask for their own kind.
    const more = { reportTemplateId: subscribe.templates.reportClosed?.id ?? null, caseTemplateId: subscribe.templates.caseNotice?.id ?? null, activityTemplateId: subscribe.templates.activityInvite?.id ?? null }
    return caller.staffName ? { openid: caller.openid, role, staffName: caller.staffName, templateIds, ...more } : { openid: caller.openid, role, templateIds, ...more }
  }
})
