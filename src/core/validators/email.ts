import { type Check, OK, fail } from '../result'

// Pragmatic address check (the mailbox's existence is not our business): one @, a dotted
// domain with an alphabetic TLD, no spaces. Covers QQ/163 mailboxes and IDN-free domains.
const EMAIL = /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/

export function validateEmail(raw: string, label = '电子邮箱'): Check {
  const s = raw.trim()
  if (s.length === 0) return fail(`请填写${label}`)
  if (s.length > 254) return fail(`${label}过长，请核对`)
  if (!s.includes('@')) return fail(`${label}缺少“@”，请填写完整地址，如 name@example.com`)
  if (/[\s，。＠]/.test(s)) return fail(`${label}不能含有空格或中文标点，请核对`)
  const local = s.slice(0, s.lastIndexOf('@'))
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..') || !EMAIL.test(s)) {
    return fail(`${label}格式不正确，请填写完整地址，如 name@example.com`)
  }
  return OK
}
