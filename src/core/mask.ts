/**
 * Masking for display. Personal data is shown masked everywhere except to staff who reveal
 * it explicitly. Masking never throws: odd input still yields something safe to show.
 */
import type { Subject } from './schemas/subject'

function codePoints(s: string): string[] {
  return Array.from(s)
}

/** '440783199001011234' → '440783********1234'; short input keeps at most a third visible. */
export function maskIdNumber(id: string | null | undefined): string {
  const chars = codePoints((id ?? '').replace(/\s+/g, ''))
  const n = chars.length
  if (n === 0) return ''
  if (n >= 15) return chars.slice(0, 6).join('') + '*'.repeat(n - 10) + chars.slice(-4).join('')
  if (n <= 2) return '*'.repeat(n)
  const keep = Math.max(1, Math.floor(n / 6))
  return chars.slice(0, keep).join('') + '*'.repeat(n - 2 * keep) + chars.slice(-keep).join('')
}

/**
 * Mobiles: '13812345678' → '138****5678'. Landlines keep their area code and last 4 digits:
 * '0750-2268763' → '0750-***8763'. Anything else keeps its last 4 characters at most.
 */
export function maskPhone(phone: string | null | undefined): string {
  const s = (phone ?? '').trim()
  const compact = s.replace(/[\s-]+/g, '').replace(/^\+?86(?=1\d{10}$)/, '')
  if (/^1\d{10}$/.test(compact)) return `${compact.slice(0, 3)}****${compact.slice(7)}`
  const landline = /^(\(?0\d{2,3}\)?[\s-]?)(\d{7,8})(.*)$/.exec(s)
  if (landline) {
    const [, area, local, ext] = landline
    return `${area}${'*'.repeat(local.length - 4)}${local.slice(-4)}${ext ? '-***' : ''}`
  }
  const chars = codePoints(s)
  if (chars.length <= 4) return '*'.repeat(chars.length)
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('')
}

/** '张三丰' → '张**', '张三' → '张*', '张' → '*'. Counts characters, not UTF-16 units. */
export function maskName(name: string | null | undefined): string {
  const chars = codePoints((name ?? '').trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** People are masked; companies and public bodies are public entities and are not. */
export function maskSubjectName(subject: Pick<Subject, 'type' | 'name'>): string {
  return subject.type === 'individual' ? maskName(subject.name) : subject.name
}

/** 'name@example.com' → 'n***@example.com'. */
export function maskEmail(email: string | null | undefined): string {
  const s = (email ?? '').trim()
  const at = s.lastIndexOf('@')
  if (at <= 0) return maskName(s)
  return `${codePoints(s)[0]}***${s.slice(at)}`
}
