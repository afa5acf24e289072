/** Account ownership: per-account codes (keyed hash of filing + account) and the reviewer's checklist. */
import { AccountSchema, accountDisplayName, accountKey, accountPlatformLabel, ownershipCodeFromHash, ownershipHashInput, ownershipPhrase, publicLookupLinks, type DraftContent, type OwnershipChecklist, type PublicLookupLink } from '../../core'
import type { Ctx } from '../../entry/action'
import type { VerificationRecord } from '../../ports/trust.port'

export function ownershipCode(ctx: Ctx, filingId: string, key: string): string {
  return ownershipCodeFromHash(ctx.rt.crypto.hash(ownershipHashInput(filingId, key)))
}

export interface AccountTrust {
  index: number
  accountKey: string
  kind: string
  label: string
  /** Self-media: the code the applicant was asked to publish (and its phrase). */
  code: string | null
  phrase: string | null
  links: PublicLookupLink[]
  homepage: string | null
  checks: OwnershipChecklist
  note: string
  checkedBy: string | null
  checkedAt: string | null
}

export function accountsTrust(ctx: Ctx, filingId: string, content: DraftContent, v: VerificationRecord): AccountTrust[] {
  const out: AccountTrust[] = []
  ;(content.accounts ?? []).forEach((a, index) => {
    const parsed = AccountSchema.safeParse(a)
    if (!parsed.success) return
    const key = accountKey(parsed.data)
    const code = a.kind === 'self_media' ? ownershipCode(ctx, filingId, key) : null
    const check = v.checks[key]
    out.push({
      index,
      accountKey: key,
      kind: parsed.data.kind,
      label: `${accountPlatformLabel(a, ctx.rt.config)} · ${accountDisplayName(a)}`,
      code,
      phrase: code ? ownershipPhrase(ctx.rt.config.office.shortName, code) : null,
      links: publicLookupLinks(parsed.data),
      homepage: (a.kind === 'self_media' ? a.homepage : a.kind === 'website' ? a.url : undefined) ?? null,
      checks: check?.checks ?? {},
      note: check?.note ?? '',
      checkedBy: check?.byName ?? null,
      checkedAt: check?.at ?? null
    })
  })
  return out
}
