/**
 * Filing numbers other offices issue, which a website or APP shows and the register records:
 * 公安联网备案号 (public-security filing), APP备案号 (MIIT's APP filing, 2023), and APP package
 * names / iOS Bundle IDs.
 */
import { type Check, OK, fail } from '../result'
import { ICP_PROVINCE_ABBREVIATIONS } from './region-codes'

/** ICP abbreviations in province-code order (京 11 … 新 65); 公网安备 also writes 甘 for 陇. */
const PROVINCE_CODE_OF: Readonly<Record<string, string>> = Object.fromEntries(
  ICP_PROVINCE_ABBREVIATIONS.map((a, i) => [a, ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'][i]])
)
const PSB_ABBREVIATIONS: Readonly<Record<string, string>> = { ...PROVINCE_CODE_OF, 甘: '62' }

/** '京公网安备 11000002000001号' → '京公网安备11000002000001号'. */
export function normalizePsbNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '')
}

/**
 * 公安联网备案号: province abbreviation + 公网安备 + 14 digits (the first 6 the filing police
 * station's division code, so its first two match the province) + 号.
 */
export function validatePsbNumber(raw: string, label = '公安联网备案号'): Check {
  const s = normalizePsbNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  const m = /^(.)公网安备(\d+)号$/.exec(s)
  if (!m) return fail(`${label}格式应如 粤公网安备44010602000001号，请对照网站底部的公安备案标识核对`)
  const code = PSB_ABBREVIATIONS[m[1]]
  if (code === undefined) return fail(`${label}的省份简称“${m[1]}”无效，请核对`)
  if (m[2].length !== 14) return fail(`${label}中的数字应为14位，当前为${m[2].length}位，请核对`)
  if (m[2].slice(0, 2) !== code) return fail(`${label}中的数字应以${code}开头（与“${m[1]}”对应），请核对`)
  return OK
}

/** '粤ICP备 12345678号－2A' → '粤ICP备12345678号-2A'. */
export function normalizeAppFilingNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/icp/i, 'ICP').replace(/[－—–]/g, '-').replace(/a$/, 'A')
}

const suffixed = (letter: 'A' | 'X') => new RegExp(`^([${ICP_PROVINCE_ABBREVIATIONS.join('')}])ICP(备|证)(\\d{4,12})号-(\\d{1,4})${letter}$`)
const APP_FILING = suffixed('A')
const MINI_PROGRAM_FILING = suffixed('X')

/**
 * APP备案号 (MIIT, 2023): the operator's ICP number and a serial with the suffix A
 * (粤ICP备12345678号-2A); a website's has no letter, a mini-program's ends in X.
 */
export function validateAppFilingNumber(raw: string, label = 'APP备案号'): Check {
  const s = normalizeAppFilingNumber(raw)
  if (s.length === 0) return fail(`请填写${label}`)
  if (APP_FILING.test(s)) return OK
  if (/号-\d{1,4}X$/.test(s)) return fail(`这是小程序的备案号（以X结尾），${label}以A结尾，请核对`)
  if (/号(-\d{1,4})?$/.test(s)) return fail(`这是网站的ICP备案号，${label}在序号后带A（如 粤ICP备12345678号-2A），请在APP“关于”页或工信部备案系统中核对`)
  if (!/^.ICP/.test(s)) return fail(`${label}应以省份简称加“ICP”开头，如 粤ICP备12345678号-2A`)
  return fail(`${label}格式不正确，应如 粤ICP备12345678号-2A，请核对`)
}

/** 小程序备案号 (MIIT, 2023): like an APP's, with the suffix X (粤ICP备12345678号-3X). */
export function validateMiniProgramFilingNumber(raw: string, label = '小程序备案号'): Check {
  const s = normalizeAppFilingNumber(raw).replace(/x$/, 'X')
  if (s.length === 0) return fail(`请填写${label}`)
  if (MINI_PROGRAM_FILING.test(s)) return OK
  if (/号-\d{1,4}A$/.test(s)) return fail(`这是APP的备案号（以A结尾），${label}以X结尾，请核对`)
  return fail(`${label}格式应如 粤ICP备12345678号-3X（小程序后台“设置 - 小程序备案”可查），请核对`)
}

/** A mini-program's AppID: 'wx' and 16 hexadecimal characters (后台“开发 - 开发设置”). */
export function validateMiniProgramAppId(raw: string, label = '小程序AppID'): Check {
  const s = raw.normalize('NFKC').trim()
  if (s.length === 0) return fail(`请填写${label}`)
  if (!/^wx[0-9a-f]{16}$/i.test(s)) return fail(`${label}应为wx开头加16位数字或字母a-f（共18位），请在小程序后台“开发设置”中核对`)
  return OK
}

/** Java keywords may not be a segment of an Android package name. */
const JAVA_KEYWORDS = new Set(
  'abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null'.split(' ')
)

/**
 * An Android package name (com.ss.android.ugc.aweme) or an iOS Bundle ID (com.tencent.xin):
 * at least two dot-separated segments of ASCII letters, digits and underscores, each starting
 * with a letter (Android; Java keywords refused), or letters, digits and hyphens (iOS).
 */
export function validatePackageName(raw: string, label = '包名或Bundle ID'): Check {
  const s = raw.normalize('NFKC').trim()
  if (s.length === 0) return fail(`请填写${label}`)
  if (s.length > 155) return fail(`${label}过长，请核对`)
  if (/\s/.test(s)) return fail(`${label}不能含有空格，请核对`)
  const parts = s.split('.')
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return fail(`${label}应由点分隔的至少两段组成，如 com.example.app`)
  const android = parts.every((p) => /^[A-Za-z][A-Za-z0-9_]*$/.test(p) && !JAVA_KEYWORDS.has(p))
  const ios = parts.every((p) => /^[A-Za-z0-9-]+$/.test(p))
  if (android || ios) return OK
  if (parts.some((p) => JAVA_KEYWORDS.has(p))) return fail(`${label}中的“${parts.find((p) => JAVA_KEYWORDS.has(p)) ?? ''}”是保留字，安卓包名不能使用，请核对`)
  return fail(`${label}只能含英文字母、数字、下划线或连字符，每段以字母开头，如 com.example.app`)
}

/** Stored as typed, trimmed; search and duplicate keys case-fold it through normalizeIdentifier. */
export function normalizePackageName(raw: string): string {
  return raw.normalize('NFKC').trim()
}
