/**
 * The public register: what anyone may learn about a filing — only from its valid approved
 * version, whatever an amendment is doing, and only account-level facts (no subject, no person).
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { statusLabel } from '../workflow'
import { accountDisplayName, accountPlatformLabel, matchesName } from './accounts'
import { contentOf } from './derive'
import type { FilingState } from './state'
import { publicStanding, standingOf, type PUBLIC_STANDINGS } from './status'

export interface PublicItem {
  filingNumber: string | null
  status: (typeof PUBLIC_STANDINGS)[number]
  statusLabel: string
  platform: string
  accountName: string
  approvedAt: string | null
}

/** The accounts of a filing's approved version (those matching platform + name, when given). */
export function publicItems(f: Pick<FilingState, 'status' | 'approved' | 'filingNumber'>, config: Pick<JurisdictionConfig, 'platforms'>, match?: { platform: string; accountName: string }): PublicItem[] {
  const standing = publicStanding(standingOf(f))
  if (!standing || !f.approved) return []
  return (contentOf(f.approved).accounts ?? [])
    .filter((a) => !match || matchesName(a, match.platform, match.accountName))
    .map((a) => ({
      filingNumber: f.filingNumber,
      status: standing,
      statusLabel: statusLabel(standing),
      platform: accountPlatformLabel(a, config),
      accountName: accountDisplayName(a),
      approvedAt: f.approved?.approvedAt ?? null
    }))
}

/** Whether the answer says "filed": some account is in a valid approved version. */
export function isFoundFiled(items: readonly PublicItem[]): boolean {
  return items.some((i) => i.status === 'approved')
}
