/**
 * Fitting values into WeChat subscription-message fields. WeChat rejects a whole message
 * (47003) when one value breaks its field's rules, so every value is forced inside them.
 * Lengths count code points (what WeChat counts), never splitting a surrogate pair.
 */
import { localDateTime } from './local-time'

export const WECHAT_LIMITS = { thing: 20, phrase: 5, character_string: 32, number: 32, name: 10, phone_number: 17 } as const

const ELLIPSIS = '…'
/** What a field shows when nothing is left after cleaning: WeChat refuses empty values. */
const EMPTY = '-'

function isEmojiOrJoiner(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) || // emoticons, pictographs, flags, symbols
    (cp >= 0x2600 && cp <= 0x27bf) || // misc symbols and dingbats
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0x200d || // zero-width joiner
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  )
}

/** Drops control characters and emoji, collapses whitespace. */
export function cleanText(s: unknown): string {
  const str = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s)
  const out: string[] = []
  for (const ch of str) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out.push(' ')
    else if (!isEmojiOrJoiner(cp)) out.push(ch)
  }
  return out.join('').replace(/\s+/g, ' ').trim()
}

/** Cuts to `max` code points, ending with '…' when something was cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s)
  if (chars.length <= max) return s
  return chars.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS
}

/** thing: ≤ 20 characters of any kind. */
export function fitThing(s: unknown): string {
  return truncate(cleanText(s), WECHAT_LIMITS.thing) || EMPTY
}

/**
 * phrase: ≤ 5 Chinese characters and nothing else, so no ellipsis (it is not a Chinese
 * character and would be refused); the status words we send are written to fit anyway.
 */
export function fitPhrase(s: unknown): string {
  const han = Array.from(cleanText(s)).filter((ch) => /[\u4e00-\u9fff]/.test(ch))
  return han.slice(0, WECHAT_LIMITS.phrase).join('') || '无'
}

/** character_string: ≤ 32 printable ASCII characters; non-ASCII is dropped, no ellipsis. */
export function fitCharacterString(s: unknown): string {
  const ascii = cleanText(s).replace(/[^\x21-\x7e]/g, '')
  return ascii.slice(0, WECHAT_LIMITS.character_string) || EMPTY
}

/** number: ≤ 32 digits (a decimal point allowed). */
export function fitNumber(s: unknown): string {
  const digits = cleanText(s).replace(/[^0-9.]/g, '')
  return digits.slice(0, WECHAT_LIMITS.number) || '0'
}

/** name: ≤ 10 characters; cut without ellipsis (names must be plain Chinese or letters). */
export function fitName(s: unknown): string {
  const chars = Array.from(cleanText(s).replace(/[^\u4e00-\u9fffA-Za-z·• ]/g, ''))
  return chars.slice(0, WECHAT_LIMITS.name).join('').trim() || EMPTY
}

/** time: 'YYYY-MM-DD HH:mm' in the jurisdiction's time zone. Unparseable input → ''. */
export function fitTime(instant: Date | string, timezone = 'Asia/Shanghai'): string {
  const t = instant instanceof Date ? instant.getTime() : Date.parse(instant)
  if (Number.isNaN(t)) return ''
  return localDateTime(instant, timezone)
}

/** Fits a value by its WeChat field key's type prefix ('thing1' → fitThing). */
export function fitField(key: string, value: unknown, timezone = 'Asia/Shanghai'): string {
  const type = key.replace(/\d+$/, '')
  switch (type) {
    case 'thing':
      return fitThing(value)
    case 'phrase':
      return fitPhrase(value)
    case 'character_string':
      return fitCharacterString(value)
    case 'number':
      return fitNumber(value)
    case 'name':
      return fitName(value)
    case 'time':
    case 'date':
      // A local date ('2024-03-20', a deadline) is a day, not an instant: a date key shows the
      // day, a time key the end of that day.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return type === 'date' ? value : `${value} 23:59`
      return value instanceof Date || typeof value === 'string' ? fitTime(value, timezone) : ''
    default:
      return truncate(cleanText(value), 20) || EMPTY
  }
}
