/**
 * Fields of an ID card (both sides) and a business licence, parsed from recognised text lines.
 * Numbers are accepted only when their check character holds (after fixing the usual OCR
 * confusions such as O→0), so a misread number is left empty for the applicant to type rather
 * than filled wrong. Everything unreadable is simply absent.
 */
import { isIsoDate } from '../local-time'
import { residentIdCheckChar } from '../validators/resident-id'
import { USCC_ALPHABET, usccCheckChar } from '../validators/uscc'
import { LineSet, compactText, type OcrLine } from './ocr-lines'

export type OcrKind = 'id_front' | 'id_back' | 'license'
export const OCR_KINDS: readonly OcrKind[] = ['id_front', 'id_back', 'license']

/** '长期' for documents valid without end (身份证 of people over 46, most licences). */
export const LONG_TERM = '长期'

export interface IdFrontFields {
  name?: string
  sex?: string
  ethnicity?: string
  /** 'YYYY-MM-DD' */
  birthDate?: string
  address?: string
  idNumber?: string
}

export interface IdBackFields {
  authority?: string
  /** 'YYYY-MM-DD' */
  validFrom?: string
  /** 'YYYY-MM-DD' or LONG_TERM */
  validUntil?: string
}

export interface LicenseFields {
  name?: string
  uscc?: string
  legalRepresentative?: string
  address?: string
  /** 'YYYY-MM-DD' or LONG_TERM */
  validUntil?: string
}

export type OcrFields =
  | { kind: 'id_front'; fields: IdFrontFields }
  | { kind: 'id_back'; fields: IdBackFields }
  | { kind: 'license'; fields: LicenseFields }

export interface ParseOptions {
  /** Text printed over the photo by us (the watermark): never part of a field. */
  ignore?: readonly string[]
}

// ---- numbers --------------------------------------------------------------------------------

/** Letters OCR reads in place of digits on a card. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', '!': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', b: '6', G: '6', g: '9', q: '9', T: '7' }

/** 18-character ID numbers in `text` whose check character holds. */
export function findResidentIds(text: string): string[] {
  const t = compactText(text).replace(/[×xX✕乂]/g, 'X')
  const out: string[] = []
  // Every 18-character window of digit-like characters; letters other than the final X are mapped.
  for (let i = 0; i + 18 <= t.length; i++) {
    const raw = t.slice(i, i + 18)
    if (!/^[0-9OoDQIl|!iZzSsBbGgqT]{17}[0-9X]$/.test(raw)) continue
    const first = raw.slice(0, 17).replace(/[^0-9]/g, (c) => DIGIT_LOOKALIKES[c] ?? c)
    const id = first + raw[17]
    if (residentIdCheckChar(first) === id[17] && isIsoDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`) && !out.includes(id)) out.push(id)
  }
  return out
}

/** Characters the USCC alphabet lacks, read for the ones it has. */
const USCC_LOOKALIKES: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' }

/** 18-character 统一社会信用代码 in `text` whose check character holds. */
export function findUsccs(text: string): string[] {
  const t = compactText(text).toUpperCase()
  const out: string[] = []
  for (let i = 0; i + 18 <= t.length; i++) {
    const code = t
      .slice(i, i + 18)
      .split('')
      .map((c) => USCC_LOOKALIKES[c] ?? c)
      .join('')
    if (![...code].every((c) => USCC_ALPHABET.includes(c))) continue
    // Registration authority (1st) and organisation kind (2nd) are digits or few letters; the region is 6 digits.
    if (!/^[1-9A-HY][1-9A-HJ-NPQRTUWXY]\d{6}/.test(code)) continue
    if (usccCheckChar(code) === code[17] && !out.includes(code)) out.push(code)
  }
  return out
}

// ---- dates ----------------------------------------------------------------------------------

const DATE = '(\\d{4})[.\\-年/]?(\\d{1,2})[.\\-月/]?(\\d{1,2})日?'

function isoOf(y: string, m: string, d: string): string | undefined {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : undefined
}

/** '2015.06.15-2035.06.15', '2015年06月15日至长期' → from/until. */
export function parseValidity(text: string): { from?: string; until?: string } | null {
  const t = compactText(text).replace(/[—–－~〜]/g, '-')
  const m = new RegExp(`${DATE}(?:-|至)+(?:${DATE}|(长期))`).exec(t)
  if (m === null) {
    const onlyEnd = new RegExp(`至(?:${DATE}|(长期))`).exec(t)
    if (onlyEnd === null) return null
    return { until: onlyEnd[4] ? LONG_TERM : isoOf(onlyEnd[1], onlyEnd[2], onlyEnd[3]) }
  }
  const from = isoOf(m[1], m[2], m[3])
  const until = m[7] ? LONG_TERM : m[4] ? isoOf(m[4], m[5], m[6]) : undefined
  return { from, until }
}

// ---- text fields ----------------------------------------------------------------------------

/** Names: Chinese characters and the middle dot of minority names; everything else is noise. */
function cleanName(s: string): string | undefined {
  const v = s.replace(/[•・∙·.]/g, '·').replace(/[^\u3400-\u9fff·]/g, '').replace(/^·+|·+$/g, '')
  return v.length >= 2 && v.length <= 30 ? v : undefined
}

function cleanOrgName(s: string): string | undefined {
  const v = s.replace(/^[:：]/, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
  return v.length >= 2 && v.length <= 100 ? v : undefined
}

function cleanAddress(s: string): string | undefined {
  const v = s.replace(/^[:：]/, '')
  return v.length >= 4 && v.length <= 100 ? v : undefined
}

const ID_FRONT_LABELS = ['姓名', '性别', '民族', '出生', '住址', '公民身份号码', '身份号码']

export function parseIdFront(raw: readonly OcrLine[], opts: ParseOptions = {}): IdFrontFields {
  const set = new LineSet(raw, opts.ignore)
  const all = set.texts().join('\n')
  const out: IdFrontFields = {}
  const name = set.labeled(['姓名'], ID_FRONT_LABELS.filter((l) => l !== '姓名'))
  const n = name ? cleanName(name.value) : undefined
  if (n) out.name = n
  const sex = /性别([男女])/.exec(all.replace(/\n/g, ''))
  if (sex) out.sex = sex[1]
  const eth = /民族([\u3400-\u9fff]{1,6}?)(?:族)?(?:出生|\n|$)/.exec(all)
  if (eth) out.ethnicity = eth[1]
  const birth = new RegExp(`出生${DATE}`).exec(all.replace(/\n/g, ''))
  const b = birth ? isoOf(birth[1], birth[2], birth[3]) : undefined
  if (b) out.birthDate = b
  const addr = set.labeled(['住址'], ['公民身份号码', '身份号码', '号码'], { continues: true })
  const a = addr ? cleanAddress(addr.value.replace(/\d{17}[\dX]$/, '')) : undefined
  if (a) out.address = a
  const [id] = findResidentIds(all.replace(/\n/g, ' '))
  if (id) out.idNumber = id
  return out
}

export function parseIdBack(raw: readonly OcrLine[], opts: ParseOptions = {}): IdBackFields {
  const set = new LineSet(raw, opts.ignore)
  const out: IdBackFields = {}
  const auth = set.labeled(['签发机关'], ['有效期限', '有效期'])
  if (auth && /[\u3400-\u9fff]{2,}/.test(auth.value)) out.authority = auth.value
  const validityLine = set.labeled(['有效期限', '有效期'], [])
  const v = parseValidity(validityLine?.value ?? '') ?? parseValidity(set.texts().join(''))
  if (v?.from) out.validFrom = v.from
  if (v?.until) out.validUntil = v.until
  return out
}

const LICENSE_LABELS = ['名称', '类型', '法定代表人', '负责人', '经营者', '投资人', '执行事务合伙人', '经营范围', '注册资本', '出资额', '成立日期', '注册日期', '营业期限', '合伙期限', '住所', '经营场所', '主要经营场所', '登记机关', '统一社会信用代码']

export function parseLicense(raw: readonly OcrLine[], opts: ParseOptions = {}): LicenseFields {
  const set = new LineSet(raw, opts.ignore)
  const out: LicenseFields = {}
  const stops = (own: string[]) => LICENSE_LABELS.filter((l) => !own.includes(l))
  const [code] = findUsccs(set.texts().join(' '))
  if (code) out.uscc = code
  const name = set.labeled(['名称'], stops(['名称']))
  const nm = name ? cleanOrgName(name.value) : undefined
  if (nm) out.name = nm
  const rep = set.labeled(['法定代表人', '负责人', '经营者', '投资人', '执行事务合伙人'], stops(['法定代表人', '负责人', '经营者', '投资人', '执行事务合伙人']))
  const r = rep ? cleanName(rep.value) : undefined
  if (r) out.legalRepresentative = r
  const addr = set.labeled(['住所', '主要经营场所', '经营场所'], stops(['住所', '主要经营场所', '经营场所']), { continues: true })
  const a = addr ? cleanAddress(addr.value) : undefined
  if (a) out.address = a
  const period = set.labeled(['营业期限', '合伙期限'], stops(['营业期限', '合伙期限']))
  if (period) {
    const v = parseValidity(period.value)
    if (v?.until) out.validUntil = v.until
    else if (period.value.includes(LONG_TERM)) out.validUntil = LONG_TERM
  }
  return out
}

export function parseDocumentText(kind: OcrKind, lines: readonly OcrLine[], opts: ParseOptions = {}): OcrFields {
  switch (kind) {
    case 'id_front':
      return { kind, fields: parseIdFront(lines, opts) }
    case 'id_back':
      return { kind, fields: parseIdBack(lines, opts) }
    case 'license':
      return { kind, fields: parseLicense(lines, opts) }
  }
}

/** Field names each kind can fill, in the order a confirmation lists them. */
export const OCR_FIELD_ORDER: { [K in OcrKind]: ReadonlyArray<keyof Extract<OcrFields, { kind: K }>['fields']> } = {
  id_front: ['name', 'idNumber', 'address', 'sex', 'ethnicity', 'birthDate'],
  id_back: ['validUntil', 'validFrom', 'authority'],
  license: ['name', 'uscc', 'legalRepresentative', 'address', 'validUntil']
}

export const OCR_FIELD_LABELS: { readonly [K in OcrKind]: Readonly<Record<string, string>> } = {
  id_front: { name: '姓名', idNumber: '公民身份号码', address: '住址', sex: '性别', ethnicity: '民族', birthDate: '出生' },
  id_back: { validUntil: '有效期至', validFrom: '有效期自', authority: '签发机关' },
  license: { name: '名称', uscc: '统一社会信用代码', legalRepresentative: '法定代表人', address: '住所', validUntil: '营业期限至' }
}
