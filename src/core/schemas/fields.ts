/**
 * Zod field builders whose messages name the field and the fix in Chinese. Every schema in
 * core builds its fields here so wording stays consistent across forms, functions and server.
 */
import { z } from 'zod'
import type { Check } from '../result'
import { isIsoDate, isIsoInstant } from '../local-time'
import { normalizeResidentId, validateResidentIdFormat } from '../validators/resident-id'
import { normalizeUscc, validateUscc } from '../validators/uscc'
import { normalizeOrgCode, validateOrgCode } from '../validators/org-code'
import { normalizePhone, validateMobile, validatePhone } from '../validators/phone'
import { validateEmail } from '../validators/email'
import { normalizeIcpNumber, validateDomain, validateIcpNumber, validateUrl } from '../validators/web'
import { validateFollowers } from '../validators/counts'
import { validateVisibleText } from '../validators/text-safety'
import { requiredString, text } from './text-fields'

/** Upper bound for any free text a draft may hold, so hostile input cannot store junk. */
export const MAX_TEXT = 200
export const MAX_URL = 500

export { multilineText, requiredString, text, visible } from './text-fields'

/** Empty string and null from forms mean "not given". */
export function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional())
}

/** Text checked by a core validator, stored in its normalised form. */
export function checked(label: string, validate: (s: string, label: string) => Check, normalize: (s: string) => string = (s) => s.trim(), max = MAX_TEXT) {
  return requiredString(label)
    .max(max, `${label}过长，请核对`)
    .superRefine((value, ctx) => {
      const r = validateVisibleText(value, label)
      const v = r.ok ? validate(value, label) : r
      if (!v.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: v.message })
    })
    .transform(normalize)
}

export const personName = (label = '姓名') =>
  text(label, 30).refine((s) => !/\d/.test(s), { message: `${label}不能含有数字，请核对` })

export const residentId = (label = '身份证号码') => checked(label, (v, l) => validateResidentIdFormat(v, l), normalizeResidentId, 30)
export const uscc = () => checked('统一社会信用代码', (v) => validateUscc(v), normalizeUscc, 30)
export const orgCode = () => checked('组织机构代码', (v) => validateOrgCode(v), normalizeOrgCode, 30)
export const mobile = (label = '手机号码') => checked(label, (v, l) => validateMobile(v, l), normalizePhone, 30)
export const phone = (label = '联系电话') => checked(label, (v, l) => validatePhone(v, l), normalizePhone, 30)
export const email = (label = '电子邮箱') => checked(label, (v, l) => validateEmail(v, l), (s) => s.trim().toLowerCase(), 254)
export const domain = () => checked('域名', (v) => validateDomain(v), (s) => s.trim().replace(/\.$/, '').toLowerCase(), 253)
export const url = (label = '网址') => checked(label, (v) => validateUrl(v), (s) => s.trim(), MAX_URL)
export const icpNumber = () => checked('ICP备案号', (v) => validateIcpNumber(v), normalizeIcpNumber, 40)

export const isoDate = (label: string) =>
  requiredString(label).refine(isIsoDate, { message: `${label}格式应为 年-月-日（如 2024-01-31），请重新选择` })

/** An ID card's end of validity: a date, or 长期 (cards of people over 46 never expire). */
export const idValidity = (label: string) =>
  requiredString(label).refine((v) => v === '长期' || isIsoDate(v), { message: `${label}应为 年-月-日（如 2035-06-15）或“长期”，请对照身份证背面核对` })

export const isoInstant = (label: string) =>
  requiredString(label).refine(isIsoInstant, { message: `${label}时间格式无效，请重新操作` })

export const followers = () =>
  z
    .number({ required_error: '请填写粉丝数', invalid_type_error: '粉丝数应为整数，请重新填写' })
    .superRefine((n, ctx) => {
      const r = validateFollowers(n)
      if (!r.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.message })
    })

/** Enum with one Chinese message for a missing or unknown value. */
export function choice<T extends [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { errorMap: () => ({ message }) })
}
