/**
 * One way to name, place and identify an account: its display name, its platform code and
 * label, the identifier shown beside it, and the normalised keys used to compare, claim and
 * look it up. Works on drafts (any field may be missing) as well as on validated content.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { DraftContent } from '../schemas/filing'
import { normalizeIdentifier } from '../validators/text-safety'
import { urlHost } from '../validators/web'

/** Any account shape: a draft's or a validated one. */
export type AccountLike = NonNullable<DraftContent['accounts']>[number]

/** Pseudo-platform codes for websites and apps, so stats, filters and keys cover every kind. */
export const WEBSITE_PLATFORM = 'website'
export const APP_PLATFORM = 'app'
export const MINI_PROGRAM_PLATFORM = 'mini_program'

/** 'website', 'app' or the self-media platform code (null when not chosen yet). */
export function platformOf(a: Pick<AccountLike, 'kind' | 'platform'>): string | null {
  if (a.kind === 'website') return WEBSITE_PLATFORM
  if (a.kind === 'app') return APP_PLATFORM
  if (a.kind === 'mini_program') return MINI_PROGRAM_PLATFORM
  if (a.kind === 'self_media') return a.platform ?? null
  return null
}

/** A platform code an office may choose (segments, leads): the pseudo-platforms or a configured one. */
export function isPlatformCode(code: string, config: Pick<JurisdictionConfig, 'platforms'>): boolean {
  return code === WEBSITE_PLATFORM || code === APP_PLATFORM || code === MINI_PROGRAM_PLATFORM || config.platforms.some((p) => p.code === code)
}

/**
 * '抖音', '网站', 'APP'; for 'other', the platform name the applicant typed (or '其他').
 * Unknown codes come back as given: a label must never throw.
 */
export function platformLabel(code: string, config: Pick<JurisdictionConfig, 'platforms'>, platformName?: string | null): string {
  if (code === WEBSITE_PLATFORM) return '网站'
  if (code === APP_PLATFORM) return 'APP'
  if (code === MINI_PROGRAM_PLATFORM) return '微信小程序'
  if (code === 'other' && platformName) return platformName
  return config.platforms.find((p) => p.code === code)?.name ?? code
}

/** The platform label of one account ('' while no platform is chosen). */
export function accountPlatformLabel(a: AccountLike, config: Pick<JurisdictionConfig, 'platforms'>): string {
  const code = platformOf(a)
  return code ? platformLabel(code, config, a.platformName) : ''
}

/** What people call the account: the self-media account name, else the site's or app's name. */
export function accountDisplayName(a: Pick<AccountLike, 'kind' | 'name' | 'accountName'>): string {
  return (a.kind === 'self_media' ? a.accountName : a.name) ?? a.accountName ?? a.name ?? ''
}

/** The identifier shown beside the name: account id or homepage, domain or URL, the app's developer. */
export function accountIdentifier(a: AccountLike): string {
  if (a.kind === 'website') return a.domain ?? a.url ?? ''
  if (a.kind === 'app') return a.developer ?? ''
  if (a.kind === 'mini_program') return a.appId ?? ''
  return a.accountId ?? a.homepage ?? ''
}

function platformKey(a: AccountLike): string | null {
  const code = platformOf(a)
  if (code === null) return null
  return code === 'other' ? `other/${normalizeIdentifier(a.platformName ?? '')}` : code
}

/**
 * The identity of an account for duplicate checks and claims: platform + account id (or
 * homepage, or name when neither is given); a website by its host; an app by its name. Null
 * while the account lacks what identifies it.
 */
export function accountKeyOf(a: AccountLike): string | null {
  switch (a.kind) {
    case 'website': {
      const host = a.domain ? a.domain : a.url ? urlHost(a.url) : null
      const h = host ? normalizeIdentifier(host).replace(/\.$/, '').replace(/^www\./, '') : ''
      return h ? `website:${h}` : null
    }
    case 'app': {
      const n = normalizeIdentifier(a.name ?? '')
      return n ? `app:${n}` : null
    }
    case 'mini_program': {
      // The AppID is the mini-program's identity; its name can change and repeat.
      const n = normalizeIdentifier(a.appId ?? a.name ?? '')
      return n ? `mini_program:${n}` : null
    }
    case 'self_media': {
      const platform = platformKey(a)
      const id = normalizeIdentifier(a.accountId ?? a.homepage ?? a.accountName ?? '')
      return platform && id ? `self_media:${platform}:${id}` : null
    }
    default:
      return null
  }
}

/** Key for the public lookup by platform + account name ('name:douyin:开平美食'). */
export function nameKey(platform: string, accountName: string): string {
  return `name:${platform}:${normalizeIdentifier(accountName)}`
}

/** The name key of one account, or null while platform or name is missing. */
export function accountNameKey(a: AccountLike): string | null {
  const platform = platformOf(a)
  const name = accountDisplayName(a)
  return platform && normalizeIdentifier(name) ? nameKey(platform, name) : null
}

/** Whether an account answers a lookup for platform + name (same normalisation as the keys). */
export function matchesName(a: AccountLike, platform: string, accountName: string): boolean {
  return accountNameKey(a) === nameKey(platform, accountName)
}
