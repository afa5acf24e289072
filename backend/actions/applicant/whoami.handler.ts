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
    const templateIds = promptTemplateIds(ctx.rt.settings.subscribe)
    return caller.staffName ? { openid: caller.openid, role, staffName: caller.staffName, templateIds } : { openid: caller.openid, role, templateIds }
  }
})
