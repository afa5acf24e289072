/**
 * Identity documents other than the mainland ID card, for operators and individuals from Hong
 * Kong, Macao, Taiwan and abroad (Kaiping is a 侨乡): the number formats printed on each document.
 * None of these numbers carries a check digit except the residence permit (GB 11643 like the ID).
 */
import { type Check, OK, fail } from '../result'
import { residentIdCheckChar } from './resident-id'

export const ID_DOC_TYPES = ['resident_id', 'hk_macao_permit', 'taiwan_permit', 'residence_permit', 'passport'] as const
export type IdDocType = (typeof ID_DOC_TYPES)[number]

export const ID_DOC_TYPE_LABELS: Readonly<Record<IdDocType, string>> = {
  resident_id: '居民身份证',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  residence_permit: '港澳台居民居住证',
  passport: '护照'
}

/** Spaces, brackets people copy from the card, and case do not matter. */
export function normalizeDocNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s()（）]+/g, '').toUpperCase()
}

/**
 * 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) and 8 digits on the card issued
 * since 2013; the older card added a 2-digit issue count (H + 10 digits).
 */
export function validateHkMacaoPermit(raw: string, label = '港澳居民来往内地通行证号码'): Check {
  const s = normalizeDocNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  if (!/^[HM]/.test(s)) return fail(`${label}以字母H（香港）或M（澳门）开头，请核对`)
  if (!/^[HM](\d{8}|\d{10})$/.test(s)) return fail(`${label}应为H或M加8位数字（如 H12345678），请对照证件核对`)
  return OK
}

/**
 * 台湾居民来往大陆通行证 (台胞证): 8 digits on the card issued since 2015; older booklets have
 * 10 digits, sometimes followed by a letter for the issue (e.g. 1234567890B).
 */
export function validateTaiwanPermit(raw: string, label = '台湾居民来往大陆通行证号码'): Check {
  const s = normalizeDocNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  if (!/^(\d{8}|\d{10}[A-Z]?)$/.test(s)) return fail(`${label}应为8位数字（2015年后的卡式证件），请对照证件核对`)
  return OK
}

/**
 * 港澳台居民居住证: 18 characters like the mainland ID (GB 11643 check character), with the
 * address code 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
 */
export function validateResidencePermit(raw: string, label = '港澳台居民居住证号码'): Check {
  const s = normalizeDocNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  if (s.length !== 18) return fail(`${label}应为18位，当前为${s.length}位，请核对`)
  if (!/^\d{17}[\dX]$/.test(s)) return fail(`${label}前17位应为数字，最后一位为数字或X，请核对`)
  if (!/^8[123]0000/.test(s)) return fail(`${label}应以810000（香港）、820000（澳门）或830000（台湾）开头，请核对`)
  if (residentIdCheckChar(s) !== s[17]) return fail(`${label}校验位不正确，请核对最后一位`)
  return OK
}

/**
 * 护照: a Chinese ordinary passport is E + 8 digits or E + a letter (not I or O) + 7 digits
 * (older: G + 8 digits); other countries' numbers are 5–9 letters and digits in the machine-
 * readable zone (ICAO 9303), a few up to 12, and contain at least one digit.
 */
export function validatePassport(raw: string, label = '护照号码'): Check {
  const s = normalizeDocNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  if (!/^[A-Z0-9]+$/.test(s)) return fail(`${label}只含字母和数字，请核对`)
  if (s.length < 5 || s.length > 12) return fail(`${label}应为5至12位字母和数字，请对照护照资料页核对`)
  if (!/\d/.test(s)) return fail(`${label}应含有数字，请核对`)
  // A Chinese passport's number has a fixed shape; catch the common slip of one digit too many or few.
  if (/^E/.test(s) && s.length >= 8 && s.length <= 10 && !/^E(\d{8}|[A-HJ-NP-Z]\d{7})$/.test(s) && /^E[A-Z]?\d+$/.test(s)) {
    return fail(`中国护照号码应为E加8位数字或E加1个字母和7位数字（如 E12345678、EA1234567），请核对`)
  }
  return OK
}

/** The number's check for a document type; the mainland ID is `validateResidentIdFormat`'s. */
export function validateDocNumber(type: Exclude<IdDocType, 'resident_id'>, raw: string, label?: string): Check {
  switch (type) {
    case 'hk_macao_permit':
      return validateHkMacaoPermit(raw, label)
    case 'taiwan_permit':
      return validateTaiwanPermit(raw, label)
    case 'residence_permit':
      return validateResidencePermit(raw, label)
    case 'passport':
      return validatePassport(raw, label)
  }
}
