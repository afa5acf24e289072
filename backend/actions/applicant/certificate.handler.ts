/** The owner's 备案证明: generated from the register for the approval in force, signed. */
import { certificateContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { issueCertificate } from '../../services/trust/certificates'

export const certificate = defineAction({
  contract: certificateContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const issued = issueCertificate(ctx, await loadOwnFiling(ctx, input.id))
    if (issued === null) throw errors.invalidState('该备案尚未通过审核或已注销，暂无备案证明')
    return issued
  }
})
