/**
 * 组织机构代码 (GB 11714-1997): 8 body characters (digits or capital letters) and a check
 * character (digit or X), often written 'XXXXXXXX-X'.
 */
import { type Check, OK, fail } from '../result'

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

function charValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55 // A = 10 … Z = 35
}

export function orgCodeCheckChar(body8: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += charValue(body8[i]) * WEIGHTS[i]
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

/** 'xxxxxxxx-x' / 'XXXXXXXXX' → 'XXXXXXXX-X' (the printed form). */
export function normalizeOrgCode(code: string): string {
  const compact = code.replace(/[\s-]+/g, '').toUpperCase()
  return compact.length === 9 ? `${compact.slice(0, 8)}-${compact[8]}` : compact
}

export function validateOrgCode(raw: string): Check {
  const trimmed = raw.replace(/\s+/g, '').toUpperCase()
  if (trimmed.length === 0) return fail('请填写组织机构代码')
  if (!/^[0-9A-Z]{8}-?[0-9X]$/.test(trimmed)) {
    return fail('组织机构代码应为9位（8位数字或大写字母加1位校验码，如 12345678-9），请对照证书核对')
  }
  const compact = trimmed.replace('-', '')
  if (orgCodeCheckChar(compact.slice(0, 8)) !== compact[8]) return fail('组织机构代码校验码不正确，请核对最后一位')
  return OK
}
