/**
 * Scalars derived from a filing's content for filtering, duplicate checks and lookup. Derived
 * on every write, never edited on their own.
 */
import { AccountSchema, accountKey, filingDueDate, isIsoDate, maskName, type DraftContent, type JurisdictionConfig } from '../core'
import type { FilingIndex, FilingRecord } from '../ports/records'

type DraftAccount = NonNullable<DraftContent['accounts']>[number]

const norm = (s: string) => s.trim().toLowerCase()

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

/** Pseudo-platform codes for websites and apps, so stats and filters cover every kind. */
export function platformOf(a: DraftAccount): string | null {
  if (a.kind === 'website') return 'website'
  if (a.kind === 'app') return 'app'
  if (a.kind === 'self_media') return a.platform ?? null
  return null
}

export function platformLabel(code: string, config: JurisdictionConfig): string {
  if (code === 'website') return '网站'
  if (code === 'app') return 'APP'
  return config.platforms.find((p) => p.code === code)?.name ?? code
}

export function accountNameOf(a: DraftAccount): string {
  return (a.kind === 'self_media' ? a.accountName : a.name) ?? a.accountName ?? a.name ?? ''
}

/** Key for the public lookup by platform + account name. */
export function nameKey(platform: string, accountName: string): string {
  return `name:${platform}:${norm(accountName)}`
}

export function deriveIndex(content: DraftContent, idHashes: string[], config: JurisdictionConfig): FilingIndex {
  const accounts = content.accounts ?? []
  const keys = new Set<string>()
  const platforms = new Set<string>()
  const names: string[] = []
  let due: string | null = null
  for (const a of accounts) {
    const parsed = AccountSchema.safeParse(a)
    if (parsed.success) keys.add(accountKey(parsed.data))
    const platform = platformOf(a)
    const name = accountNameOf(a)
    if (platform) platforms.add(platform)
    if (name) names.push(name)
    if (platform && name) keys.add(nameKey(platform, name))
    if (a.openedOn && isIsoDate(a.openedOn)) {
      const d = dueDateOf(a.openedOn, config)
      if (!due || d < due) due = d
    }
  }
  const subject = content.subject
  const subjectName = subject?.name ? (subject.type === 'individual' ? maskName(subject.name) : subject.name) : ''
  return {
    accountKeys: [...keys],
    platforms: [...platforms],
    accountNames: names,
    subjectType: subject?.type ?? null,
    subjectName,
    town: subject?.town ?? null,
    dueDate: due,
    idHashes
  }
}

export function searchTextOf(index: FilingIndex, filingNumber: string | null): string {
  return [...index.accountNames, filingNumber ?? ''].join(' ').toLowerCase()
}

/** Refreshes the derived fields after `working` or `filingNumber` changed. */
export function withDerived(rec: FilingRecord, content: DraftContent, idHashes: string[], config: JurisdictionConfig): FilingRecord {
  const index = deriveIndex(content, idHashes, config)
  return { ...rec, index, searchText: searchTextOf(index, rec.filingNumber) }
}
