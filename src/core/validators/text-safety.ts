/**
 * Characters that make two strings look the same while comparing different, or hide what a
 * reviewer reads: controls (Cc), format characters (Cf: zero-width, bidi overrides, word joiner,
 * BOM …), private-use code points (Co), lone surrogates and blank-looking fillers (Hangul
 * fillers, braille blank). Written as code-point ranges rather than `\p{…}` classes: a Unicode
 * property regex is transpiled for old WeChat runtimes into tables several KB long.
 */
import { type Check, OK, fail } from '../result'

/** Unicode 15 General_Category=Cf. */
const FORMAT: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x0600, 0x0605], [0x061c, 0x061c], [0x06dd, 0x06dd], [0x070f, 0x070f],
  [0x0890, 0x0891], [0x08e2, 0x08e2], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e],
  [0x2060, 0x2064], [0x2066, 0x206f], [0xfeff, 0xfeff], [0xfff9, 0xfffb], [0x110bd, 0x110bd],
  [0x110cd, 0x110cd], [0x13430, 0x1343f], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0001, 0xe0001],
  [0xe0020, 0xe007f]
]

/** Characters that render as nothing or as blank space although they are letters or symbols. */
const BLANK_LOOKING: ReadonlyArray<readonly [number, number]> = [
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul choseong / jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180d], // Mongolian free variation selectors
  [0x2800, 0x2800], // braille pattern blank
  [0x3164, 0x3164], // Hangul filler
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfe00, 0xfe0f], // variation selectors (removed from identifiers only, see below)
  [0xe0100, 0xe01ef] // variation selectors supplement
]

const within = (cp: number, ranges: ReadonlyArray<readonly [number, number]>) => ranges.some(([a, b]) => cp >= a && cp <= b)

const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0)
const isPrivateUse = (cp: number) => (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000 && cp <= 0xffffd) || (cp >= 0x100000 && cp <= 0x10fffd)
const isNoncharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe
const isEmoji = (cp: number) => (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf)
const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)

/** Code points of `s`; a lone surrogate comes back as its own code unit. */
function codePoints(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0)
  return out
}

function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff
}

export type UnsafeKind = 'control' | 'newline' | 'format' | 'private' | 'surrogate' | 'blank'

/**
 * The first unsafe character's kind, or null. Emoji keep their zero-width joiner (👨‍👩‍👧) and
 * variation selector (❤️): both are how people write account names, and neither hides text.
 */
export function unsafeCharacter(s: string, opts: { multiline?: boolean } = {}): UnsafeKind | null {
  const cps = codePoints(s)
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]
    if (isLoneSurrogate(cp)) return 'surrogate'
    if (cp === 0x0a || cp === 0x0d) {
      if (!opts.multiline) return 'newline'
      continue
    }
    if (isControl(cp)) return 'control'
    if (cp === 0x200d && i > 0 && i < cps.length - 1 && isEmoji(cps[i - 1]) && isEmoji(cps[i + 1])) continue
    if (within(cp, FORMAT)) return 'format'
    if (isPrivateUse(cp) || isNoncharacter(cp)) return 'private'
    if (isVariationSelector(cp)) {
      // Only as the modifier of a visible character; alone (or stacked) it shows nothing.
      const prev = i > 0 ? cps[i - 1] : 0x20
      if (prev > 0x20 && !isVariationSelector(prev) && prev !== 0x3000) continue
      return 'blank'
    }
    if (within(cp, BLANK_LOOKING)) return 'blank'
  }
  return null
}

const MESSAGES: Record<UnsafeKind, (label: string) => string> = {
  control: (l) => `${l}含有控制字符，请删除后重新输入`,
  newline: (l) => `${l}不能换行，请写在一行内`,
  format: (l) => `${l}含有看不见的格式字符（如零宽字符、文字方向符），请删除后重新输入`,
  private: (l) => `${l}含有无法显示的字符，请删除后重新输入`,
  surrogate: (l) => `${l}含有无法识别的字符，请删除后重新输入`,
  blank: (l) => `${l}含有看起来像空白的特殊字符，请删除后重新输入`
}

/** A Chinese refusal naming the field when `s` holds a character people cannot see or check. */
export function validateVisibleText(s: string, label: string, opts: { multiline?: boolean } = {}): Check {
  const kind = unsafeCharacter(s, opts)
  return kind === null ? OK : fail(MESSAGES[kind](label))
}

/**
 * The comparison form of an identifier (account id, account name, domain): NFKC (full-width →
 * half-width, compatibility forms folded), invisible and blank-looking characters removed,
 * whitespace collapsed and trimmed, case-folded. Two strings that read the same get one key.
 */
export function normalizeIdentifier(s: string): string {
  const folded = s.normalize('NFKC')
  let out = ''
  for (const ch of folded) {
    const cp = ch.codePointAt(0) ?? 0
    if (isLoneSurrogate(cp) || within(cp, FORMAT) || within(cp, BLANK_LOOKING) || isPrivateUse(cp) || isNoncharacter(cp)) continue
    out += isControl(cp) ? ' ' : ch
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase()
}
