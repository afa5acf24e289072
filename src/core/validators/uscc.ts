/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-symbol alphabet without I, O, S,
 * V, Z; the last is a check character (weights 3^i mod 31).
 */
import { type Check, OK, fail } from '../result'

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i]
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

export function normalizeUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase()
}

export function validateUscc(raw: string): Check {
  const code = normalizeUscc(raw)
  if (code.length === 0) return fail('请填写统一社会信用代码')
  if (code.length !== 18) return fail(`统一社会信用代码应为18位，当前为${code.length}位，请对照营业执照核对`)
  for (const ch of code) {
    if (!USCC_ALPHABET.includes(ch)) {
      return fail(`统一社会信用代码含有无效字符“${ch}”（不使用 I、O、S、V、Z），请对照营业执照核对`)
    }
  }
  if (usccCheckChar(code) !== code[17]) return fail('统一社会信用代码校验位不正确，请核对最后一位')
  return OK
}
