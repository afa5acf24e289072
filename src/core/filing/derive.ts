/**
 * Everything derived from a version's content: the index stored beside it, the keys it holds
 * (claims), the keys the public finds it by, and the staff search text. Derived on every
 * write by the aggregate, never edited on their own.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { isIsoDate } from '../local-time'
import { filingDueDate } from '../deadlines'
import { maskName } from '../mask'
import type { DraftContent } from '../schemas/filing'
import { normalizeIdentifier } from '../validators/text-safety'
import { accountDisplayName, accountKeyOf, accountNameKey, platformOf } from './accounts'
import { urlHost } from '../validators/web'
import type { FilingIndex, JsonObject } from './state'

// Due dates walk the holiday calendar (~0.2 ms each); opening dates repeat a lot, so memoise.
const dueCache = new Map<string, string>()
function dueDateOf(openedOn: string, config: JurisdictionConfig): string {
  const key = `${config.id}|${openedOn}`
  let d = dueCache.get(key)
  if (d === undefined) {
    if (dueCache.size > 20_000) dueCache.clear()
    d = filingDueDate(openedOn, config)
    dueCache.set(key, d)
  }
  return d
}

/** Stored content, read as a draft (every reader of stored JSON tolerates any shape). */
export function contentOf(snapshot: { content: JsonObject } | null | undefined): DraftContent {
  return (snapshot?.content ?? {}) as unknown as DraftContent
}

const unique = (xs: Iterable<string>) => [...new Set(xs)]

/** Normalised account keys of a content's accounts (those complete enough to have one). */
export function accountKeysOf(content: DraftContent): string[] {
  return unique((content.accounts ?? []).map(accountKeyOf).filter((k): k is string => k !== null))
}

/** Account keys plus lookup name keys. */
export function lookupKeysOf(content: DraftContent): string[] {
  const names = (content.accounts ?? []).map(accountNameKey).filter((k): k is string => k !== null)
  return unique([...accountKeysOf(content), ...names])
}

export function deriveIndex(content: DraftContent, idHashes: readonly string[], config: JurisdictionConfig): FilingIndex {
  const platforms = new Set<string>()
  const names: string[] = []
  let due: string | null = null
  for (const a of content.accounts ?? []) {
    const platform = platformOf(a)
    const name = accountDisplayName(a)
    if (platform) platforms.add(platform)
    if (name) names.push(name)
    if (a.openedOn && isIsoDate(a.openedOn)) {
      const d = dueDateOf(a.openedOn, config)
      if (!due || d < due) due = d
    }
  }
  const subject = content.subject
  return {
    accountKeys: lookupKeysOf(content),
    platforms: [...platforms],
    accountNames: names,
    subjectType: subject?.type ?? null,
    // Masked unless the subject is known to be an organisation (people are never shown in full).
    subjectName: subject?.name ? (subject.type === 'company' || subject.type === 'public_body' ? subject.name : maskName(subject.name)) : '',
    town: subject?.town ?? null,
    dueDate: due,
    idHashes: [...idHashes]
  }
}

/** The index of the working version merged with the approved one (an amendment concerns both). */
export function mergeIndexKeys(working: FilingIndex, approved: FilingIndex | null): FilingIndex {
  if (!approved) return working
  return { ...working, accountKeys: unique([...working.accountKeys, ...approved.accountKeys]), idHashes: unique([...working.idHashes, ...approved.idHashes]) }
}

/** Lower-cased, normalised names of both versions and the number: what staff search in. */
export function searchTextOf(names: readonly string[], filingNumber: string | null): string {
  return unique([...names, filingNumber ?? ''].map(normalizeIdentifier).filter(Boolean)).join(' ')
}

/** A phone as digits only, without China's +86 before a mobile: how both the text and a query read it. */
function phoneDigits(p: string): string {
  return p.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '')
}

/**
 * What staff find a filing by, besides its number: the subject's name, 统一社会信用代码 and
 * organisation code, every phone (subject, operator, per-account people; digits only), and per
 * account its name, account ID, domain and homepage hosts, package name, AppID and filing numbers
 * (ICP, 公安, APP, 小程序). ID numbers are never searchable (they are sealed).
 */
export function searchTermsOf(content: DraftContent): string[] {
  const s = content.subject ?? {}
  const o = (content.operator ?? {}) as { name?: string; phone?: string }
  const terms: Array<string | undefined> = [s.name, s.uscc, s.orgCode, o.name]
  const phones: Array<string | undefined> = [s.phone, o.phone]
  for (const a of content.accounts ?? []) {
    terms.push(accountDisplayName(a), a.accountId, a.domain, a.url ? urlHost(a.url) ?? a.url : undefined, a.homepage, a.packageName, a.appId, a.icpNumber, a.psbNumber, a.appFilingNumber, a.mpFilingNumber)
    phones.push(a.managerMobile, a.emergencyMobile)
  }
  return [...terms.filter((t): t is string => typeof t === 'string' && t !== ''), ...phones.filter((p): p is string => typeof p === 'string' && p !== '').map(phoneDigits)]
}

/** A staff query read the way the search text is written (normalised; a phone as its digits). */
export function searchQueryOf(q: string): string {
  const n = normalizeIdentifier(q)
  const compact = n.replace(/[\s()+-]/g, '')
  return /^\d{7,}$/.test(compact) ? phoneDigits(compact) : n
}
