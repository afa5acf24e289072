/**
 * The refusal when an account is already held by another live filing: every clashing account
 * named on its own field (一次性告知), in words the applicant understands.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { DraftContent } from '../schemas/filing'
import { accountDisplayName, accountKeyOf, accountPlatformLabel } from './accounts'
import { isFiled, type Standing } from './status'

export interface Clash {
  /** The normalised account key both filings claim. */
  key: string
  holder: Standing & { sameOwner: boolean }
}

export function duplicateNotice(content: DraftContent, clashes: readonly Clash[], config: Pick<JurisdictionConfig, 'platforms' | 'office'>): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  let message = ''
  ;(content.accounts ?? []).forEach((a, i) => {
    const clash = clashes.find((c) => c.key === accountKeyOf(a))
    if (!clash) return
    const state = isFiled(clash.holder) ? '已经备案' : '正在办理中'
    const mine = clash.holder.sameOwner ? '（在您的另一份备案中）' : ''
    fields[`accounts.${i}`] = `该账号${state}${mine}，无需重复备案`
    message ||= `${accountPlatformLabel(a, config)}“${accountDisplayName(a)}”${state}${mine}，无需重复备案；如信息有变化请使用“变更备案”，如有疑问请联系${config.office.shortName}`
  })
  return { message: message || `该账号已由另一份备案登记，如有疑问请联系${config.office.shortName}`, fields }
}
