/**
 * Proof that the applicant controls an account: a short code to put in the account's bio or a
 * pinned post (or a dated screenshot of the creator dashboard), and the reviewer's checklist.
 * The code is derived by the backend with its keyed hash from (filing, account), so it is
 * stable while the filing lives and cannot be guessed; this file only shapes it.
 * Websites and APPs are checked against the public filing registers instead.
 */

/** Crockford-style alphabet without 0/O, 1/I/L, U: easy to read out and to type. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
export const OWNERSHIP_CODE_LENGTH = 6

/** Six readable characters from a hex digest (the backend's keyed hash). */
export function ownershipCodeFromHash(hex: string): string {
  let out = ''
  for (let i = 0; i < OWNERSHIP_CODE_LENGTH; i++) {
    const byte = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
    out += CODE_ALPHABET[(Number.isFinite(byte) ? byte : 0) % CODE_ALPHABET.length]
  }
  return out
}

/** The text the backend hashes for an account's code. */
export function ownershipHashInput(filingId: string, accountKey: string): string {
  return `ownership/v1/${filingId}/${accountKey}`
}

/** What the applicant is asked to publish (the prefix makes it findable with the platform's search). */
export function ownershipPhrase(officeShortName: string, code: string): string {
  return `${officeShortName}备案验证码${code}`
}

export const OWNERSHIP_CHECKS = ['homepageOpens', 'nameMatches', 'codeSeen', 'followersPlausible'] as const
export type OwnershipCheck = (typeof OWNERSHIP_CHECKS)[number]

export const OWNERSHIP_CHECK_LABELS: Readonly<Record<OwnershipCheck, string>> = {
  homepageOpens: '主页可以打开',
  nameMatches: '账号名称一致',
  codeSeen: '简介或置顶中可见验证码（或后台截图可信）',
  followersPlausible: '粉丝数与填写相符'
}

export type OwnershipChecklist = Partial<Record<OwnershipCheck, boolean>>

/** 'done' when every item is ticked, 'failed' when one is explicitly false. */
export function checklistState(c: OwnershipChecklist | undefined): 'open' | 'done' | 'failed' {
  if (c === undefined) return 'open'
  if (OWNERSHIP_CHECKS.some((k) => c[k] === false)) return 'failed'
  return OWNERSHIP_CHECKS.every((k) => c[k] === true) ? 'done' : 'open'
}

export interface PublicLookupLink {
  label: string
  url: string
  /** What to paste into the register's search box (these sites take no query in the link). */
  copy: string | null
}

/** National registers anyone can search (not city-specific). */
export const PUBLIC_REGISTERS = {
  icp: 'https://beian.miit.gov.cn/#/Integrated/recordQuery',
  police: 'https://beian.mps.gov.cn/#/query/webSearch',
  app: 'https://beian.miit.gov.cn/#/Integrated/recordQuery'
} as const

interface LookupAccount {
  kind?: string
  icpNumber?: string
  domain?: string
  url?: string
  name?: string
}

function hostOf(url: string | undefined): string | null {
  const m = /^https?:\/\/([^/:?#]+)/i.exec((url ?? '').trim())
  return m ? m[1].toLowerCase() : null
}

/** Links to the public ICP / 公安 / APP filing lookups for what a website or APP entry gives. */
export function publicLookupLinks(a: LookupAccount): PublicLookupLink[] {
  if (a.kind === 'website') {
    const domain = a.domain || hostOf(a.url)
    return [
      { label: 'ICP备案查询（工信部）', url: PUBLIC_REGISTERS.icp, copy: a.icpNumber || domain || null },
      { label: '公安联网备案查询', url: PUBLIC_REGISTERS.police, copy: domain || null }
    ]
  }
  if (a.kind === 'app') return [{ label: 'APP备案查询（工信部）', url: PUBLIC_REGISTERS.app, copy: a.name || null }]
  return []
}
