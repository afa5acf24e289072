/**
 * Serial numbers built from a template: filing numbers (备案号, e.g. '开网备{year}{seq:6}' →
 * '开网备2024000123'), report receipts ('JB-{year}-{seq:6}'), case numbers and notice numbers.
 * The sequence itself comes from an atomic per-year counter elsewhere; this module only formats
 * and parses.
 */
import type { JurisdictionConfig } from './jurisdiction/schema'

type NumberConfig = Pick<JurisdictionConfig, 'filingNumber'>

const TOKEN = /\{(year|seq)(?::(\d{1,2}))?\}/g

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Formats a serial from `format`. A sequence wider than its padding is written in full rather
 * than truncated, so numbers stay unique past the expected yearly volume.
 * @throws RangeError on a non-positive or non-integer seq or a year outside 1000..9999
 * (programming errors: both come from our own counter and clock).
 */
export function formatSerial(format: string, year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid serial year: ${year}`)
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`invalid serial sequence: ${seq}`)
  return format.replace(TOKEN, (_m, name: string, width?: string) => (name === 'year' ? String(year) : String(seq).padStart(width ? Number(width) : 0, '0')))
}

/** The year and sequence of `raw` in `format`, or null. Spaces are ignored, letters compare case-insensitively. */
export function parseSerial(format: string, raw: string): { year: number; seq: number } | null {
  const input = raw.replace(/\s+/g, '')
  const names: string[] = []
  let pattern = ''
  let last = 0
  for (const m of format.matchAll(TOKEN)) {
    pattern += escapeRegExp(format.slice(last, m.index))
    names.push(m[1])
    pattern += m[1] === 'year' ? '(\\d{4})' : m[2] ? `(\\d{${Number(m[2])},})` : '([1-9]\\d*)'
    last = (m.index ?? 0) + m[0].length
  }
  pattern += escapeRegExp(format.slice(last))
  const match = new RegExp(`^${pattern}$`, 'i').exec(input)
  if (!match) return null
  let year: number | null = null
  let seq = 0
  names.forEach((name, i) => {
    const v = Number(match[i + 1])
    if (name === 'year') {
      if (year !== null && year !== v) year = NaN // the same token twice must agree
      else year = v
    } else seq = v
  })
  if (year === null || Number.isNaN(year) || !Number.isSafeInteger(seq) || seq < 1) return null
  return { year, seq }
}

/** An example of the format for hints ('开网备2024000123'). */
export function serialExample(format: string, year = 2024): string {
  return formatSerial(format, year, 123)
}

export function formatFilingNumber(config: NumberConfig, year: number, seq: number): string {
  return formatSerial(config.filingNumber.format, year, seq)
}

export function parseFilingNumber(raw: string, config: NumberConfig): { year: number; seq: number } | null {
  return parseSerial(config.filingNumber.format, raw)
}

/**
 * What a person typed as a filing number, in this jurisdiction's format: the number as it is,
 * or just its digits without the format's words — the year, then the sequence, as printed
 * ('2024000123' or '2024-123' → '开网备2024000123'). Null when it cannot be one.
 */
export function completeFilingNumber(raw: string, config: NumberConfig): string | null {
  const input = raw.replace(/\s+/g, '')
  if (parseFilingNumber(input, config) !== null) return input
  const bare = /^(\d{4})[-/.]?(\d{1,12})$/.exec(input)
  if (!bare) return null
  const year = Number(bare[1])
  const seq = Number(bare[2])
  if (year < 1000 || seq < 1) return null
  const full = formatFilingNumber(config, year, seq)
  return parseFilingNumber(full, config) !== null ? full : null
}
