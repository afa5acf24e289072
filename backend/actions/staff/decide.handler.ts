/**
 * A reviewer's decision. Two reviewers deciding at once: both pass the version they saw; the
 * second write finds a newer version and gets "已被他人处理，请刷新", with nothing written.
 * What approve / return / reject do to the record is core's lifecycle aggregate.
 */
import { defineAction, STAFF } from '../../entry/action'
import { runTransition } from '../../services/transition'
import { decideContract, type FilingCommand } from '../../core'

export const decide = defineAction({
  contract: decideContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const d = input.decision
    const command: FilingCommand =
      d.decision === 'approve' ? { type: 'approve', note: d.note } : d.decision === 'return' ? { type: 'return', reasons: d.reasons } : { type: 'reject', reason: d.reason }
    return runTransition(ctx, { id: input.id, version: input.version, command })
  }
})
