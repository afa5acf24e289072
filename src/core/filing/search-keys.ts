/**
 * The staff search index: the keys a filing is found by, derived from its search text, and the
 * keys a query needs, derived the same way so both sides agree. A store narrows the queue to the
 * filings holding every key of the query (an indexed lookup: SQLite's filing_search table,
 * CloudBase's `searchKeys` array), then keeps those whose search text holds the query itself.
 *
 * - Chinese (and other CJK) runs give every character and every pair of neighbours, so any
 *   part of a name is found: "开平" finds "开平市某某公司", "碉楼" finds "开平碉楼故事".
 * - Every other run of letters or digits is one word: a credit code, a phone's digits, each
 *   label of a domain ("kplife", "example", "cn"), each segment of a package name, an account
 *   ID, the digits of a filing number. Words are found whole, not by a part of them.
 */
import { normalizeIdentifier } from '../validators/text-safety'
import { urlHost } from '../validators/web'
import { fail, OK, type Check } from '../result'

/*
 * Code-point ranges rather than `\p{Script=Han}` / `\p{L}` classes: a Unicode property regex is
 * transpiled for old WeChat runtimes into tables several KB long (see validators/text-safety.ts).
 */
/** Han (with 々〆〇), kana and Hangul: written without spaces, so found by characters and pairs. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], [0x3005, 0x3007], [0x3040, 0x309f], [0x30a0, 0x30ff], [0x3130, 0x318f], [0x31f0, 0x31ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7af], [0xf900, 0xfaff], [0x20000, 0x3ffff]
]
/** Letters and digits of words (text is NFKC-folded and lower-cased first): ASCII, Latin, Greek, Cyrillic. */
const WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x370, 0x3ff], [0x400, 0x52f]
]
const within = (cp: number, ranges: ReadonlyArray<readonly [number, number]>) => ranges.some(([a, b]) => cp >= a && cp <= b)
const CJK = { test: (ch: string) => within(ch.codePointAt(0) ?? 0, CJK_RANGES) }
const WORD = { test: (ch: string) => within(ch.codePointAt(0) ?? 0, WORD_RANGES) }

interface Run {
  cjk: boolean
  text: string
}

/** Runs of CJK characters and of other letters/digits; everything else separates. */
function runsOf(text: string): Run[] {
  const out: Run[] = []
  let cur: Run | null = null
  for (const ch of text) {
    const cjk = CJK.test(ch)
    if (!cjk && !WORD.test(ch)) {
      cur = null
      continue
    }
    if (cur && cur.cjk === cjk) cur.text += ch
    else out.push((cur = { cjk, text: ch }))
  }
  return out
}

function pairsOf(chars: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}

/** The keys a filing is found by: what its (already normalised) search text holds. */
export function searchKeysOf(searchText: string): string[] {
  const keys = new Set<string>()
  for (const run of runsOf(normalizeIdentifier(searchText))) {
    if (!run.cjk) {
      keys.add(run.text)
      continue
    }
    const chars = [...run.text]
    for (const k of [...chars, ...pairsOf(chars)]) keys.add(k)
  }
  return [...keys]
}

/** A phone as digits only, without China's +86 before a mobile: how both the text and a query read it. */
export function phoneDigits(p: string): string {
  return p.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '')
}

/** A query that is a web address: "https://www.kplife.example.cn/about" → "kplife.example.cn". */
const URL_LIKE = /^(?:https?:\/\/|www\.)/

/** A staff query read the way the search text is written (normalised; a phone as its digits; a link as its host). */
export function searchQueryOf(q: string): string {
  const n = normalizeIdentifier(q)
  const compact = n.replace(/[\s()+-]/g, '')
  if (/^\d{7,}$/.test(compact)) return phoneDigits(compact)
  if (URL_LIKE.test(n)) return urlHost(n) ?? n
  return n
}

/** The keys a normalised query needs: each must be among a matching filing's keys. */
export function queryKeysOf(query: string): string[] {
  const keys = new Set<string>()
  for (const run of runsOf(normalizeIdentifier(query))) {
    const chars = [...run.text]
    // A lone character is a key of its own; longer runs need their neighbour pairs (which imply the characters).
    if (!run.cjk || chars.length === 1) keys.add(run.text)
    else for (const k of pairsOf(chars)) keys.add(k)
  }
  return [...keys]
}

/** A staff search as the stores take it: the normalised query and the keys it needs. */
export interface StaffSearch {
  text: string
  keys: string[]
}

/** The search of a staff query, or null when there is nothing to search by. */
export function staffSearchOf(q: string | undefined): StaffSearch | null {
  if (!q) return null
  const text = searchQueryOf(q)
  const keys = queryKeysOf(text)
  return keys.length ? { text, keys } : null
}

/**
 * A query staff may run. Masked text copied from a screen ("138****8000", "张*明") cannot be
 * found (the index holds full values), and a query of punctuation only has nothing to look up.
 */
export function checkStaffQuery(q: string): Check {
  const n = normalizeIdentifier(q)
  if (!n) return OK
  if (n.includes('*')) return fail('搜索内容含“*”（屏幕上遮挡后的内容），请输入完整的名称、电话、信用代码或域名')
  if (!queryKeysOf(searchQueryOf(n)).length) return fail('搜索内容需包含文字或数字，请输入名称、电话、信用代码或域名')
  return OK
}
