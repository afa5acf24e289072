/**
 * Cross-check: what the applicant typed against what OCR read off the documents they filed,
 * and which phones were proven by SMS. The result is advice for the reviewer (flags), never a
 * refusal: OCR can misread, an address on an ID card is the household address, a landline
 * cannot receive SMS. Callers pass the content with ID numbers in full (the backend unseals).
 */
import { localDate } from '../local-time'
import { maskIdNumber, maskPhone } from '../mask'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../schemas/documents'
import { normalizeResidentId } from '../validators/resident-id'
import { normalizeUscc } from '../validators/uscc'
import { normalizeMobile, validateMobile } from '../validators/phone'
import { LONG_TERM, OCR_KINDS, type IdBackFields, type IdFrontFields, type LicenseFields, type OcrFields, type OcrKind } from './ocr-parse'

export type FlagLevel = 'mismatch' | 'warning' | 'info'
export type FlagCode = 'differs' | 'expired' | 'unread' | 'not_read' | 'phone_unverified' | 'phone_landline'

export interface CrossCheckFlag {
  /** Dotted content path the flag is about (the review screen marks that field). */
  path: string
  level: FlagLevel
  code: FlagCode
  message: string
  /** Display values (ID numbers masked). */
  typed?: string
  read?: string
  source?: DocumentKind
}

export type DocumentReading = OcrFields & { fileId: string }

/** The slice of filing content the checks read; any shape is tolerated (drafts too). */
export interface CheckedContent {
  subject?: { type?: string; name?: string; idNumber?: string; idValidUntil?: string; address?: string; uscc?: string; legalRepresentative?: string; phone?: string }
  operator?: { sameAsSubject?: boolean; name?: string; idNumber?: string; idValidUntil?: string; phone?: string }
  documents?: ReadonlyArray<{ kind?: string; fileId?: string }>
}

export interface CrossCheckInput {
  content: CheckedContent
  readings: readonly DocumentReading[]
  /** Normalised mobiles proven by an SMS code for this filing. */
  verifiedPhones: readonly string[]
  now: Date
  timezone: string
}

const LEVEL_ORDER: Readonly<Record<FlagLevel, number>> = { mismatch: 0, warning: 1, info: 2 }

/** Compared forms: NFKC, no whitespace, one middle dot, half-width brackets as full-width. */
export function normalizeForCompare(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[•・∙.]/g, '·')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
}

function addressKey(s: string): string {
  return normalizeForCompare(s).replace(/[，,。、·（）()\-—#]/g, '')
}

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (const ca of a) {
    let prev = 0
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = ca === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1])
      prev = cur
    }
  }
  return row[b.length]
}

/** Same place: one contains the other (a province prefix added or left out), or nearly equal. */
export function sameAddress(a: string, b: string): boolean {
  const x = addressKey(a)
  const y = addressKey(b)
  if (x.length === 0 || y.length === 0) return false
  if (x.includes(y) || y.includes(x)) return true
  const [ca, cb] = [[...x], [...y]]
  return lcsLength(ca, cb) / Math.min(ca.length, cb.length) >= 0.9
}

interface Target {
  /** 'subject' or 'operator': whose ID card the photos show. */
  person: 'subject' | 'operator' | null
  /** Whether the licence describes the subject. */
  licence: boolean
}

function targetsFor(type: string | undefined, operator: CheckedContent['operator']): Target {
  if (type === 'individual') return { person: 'subject', licence: false }
  if (type === 'company') return { person: operator?.sameAsSubject === false ? 'operator' : null, licence: true }
  if (type === 'public_body') return { person: null, licence: true }
  return { person: null, licence: false }
}

function label(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind]
}

export function crossCheck(input: CrossCheckInput): CrossCheckFlag[] {
  const { content, now, timezone } = input
  const flags: CrossCheckFlag[] = []
  const type = content.subject?.type
  const target = targetsFor(type, content.operator)
  const filed = new Map<string, string>()
  for (const d of content.documents ?? []) if (d?.kind && d.fileId && !filed.has(d.kind)) filed.set(d.kind, d.fileId)
  // Only readings of the photos actually filed count: a re-shot photo needs a new reading.
  const reading = <K extends OcrKind>(kind: K): Extract<OcrFields, { kind: K }>['fields'] | null => {
    const fileId = filed.get(kind)
    const r = fileId === undefined ? undefined : input.readings.find((x) => x.kind === kind && x.fileId === fileId)
    return r ? (r.fields as Extract<OcrFields, { kind: K }>['fields']) : null
  }
  const today = localDate(now, timezone)

  const compare = (path: string, typed: string | undefined, read: string | undefined, source: DocumentKind, what: string, opts: { mask?: (s: string) => string; same?: (a: string, b: string) => boolean; level?: FlagLevel; differs?: string } = {}) => {
    if (!typed) return
    const show = opts.mask ?? ((s: string) => s)
    if (!read) {
      flags.push({ path, level: 'info', code: 'unread', source, message: `未能从${label(source)}识别出${what}，请人工核对` })
      return
    }
    const same = opts.same ?? ((a: string, b: string) => normalizeForCompare(a) === normalizeForCompare(b))
    if (!same(typed, read)) {
      flags.push({ path, level: opts.level ?? 'mismatch', code: 'differs', source, typed: show(typed), read: show(read), message: opts.differs ?? `填写的${what}与${label(source)}识别结果不一致` })
    }
  }
  const expiry = (path: string, until: string | undefined, source: DocumentKind, what: string) => {
    if (until && until !== LONG_TERM && until < today) {
      flags.push({ path, level: 'warning', code: 'expired', source, read: until, message: `${what}已于${until}过期` })
    }
  }

  const considered = OCR_KINDS.filter((k) => (k === 'license' ? target.licence : target.person !== null))
  for (const kind of considered) {
    if (filed.has(kind) && reading(kind) === null) {
      flags.push({ path: `documents.${kind}`, level: 'info', code: 'not_read', source: kind, message: `${label(kind)}未经自动识别，请人工核对` })
    }
  }

  if (target.person !== null) {
    const p = target.person
    const person = p === 'subject' ? content.subject : content.operator
    const front: IdFrontFields | null = reading('id_front')
    const back: IdBackFields | null = reading('id_back')
    const who = p === 'subject' ? '' : '运维负责人'
    if (front) {
      compare(`${p}.name`, person?.name, front.name, 'id_front', `${who}姓名`)
      compare(`${p}.idNumber`, person?.idNumber, front.idNumber, 'id_front', `${who}身份证号码`, {
        mask: maskIdNumber,
        same: (a, b) => normalizeResidentId(a) === normalizeResidentId(b)
      })
      if (p === 'subject') {
        compare('subject.address', content.subject?.address, front.address, 'id_front', '住址', {
          same: sameAddress,
          level: 'info',
          differs: '通讯地址与身份证住址不同（可能已搬迁），请留意'
        })
      }
    }
    if (back) {
      compare(`${p}.idValidUntil`, person?.idValidUntil, back.validUntil, 'id_back', `${who}身份证有效期`)
      expiry(`${p}.idValidUntil`, back.validUntil, 'id_back', `${who}身份证`)
    }
  }

  if (target.licence) {
    const lic: LicenseFields | null = reading('license')
    if (lic) {
      compare('subject.name', content.subject?.name, lic.name, 'license', '单位名称')
      compare('subject.uscc', content.subject?.uscc, lic.uscc, 'license', '统一社会信用代码', { same: (a, b) => normalizeUscc(a) === normalizeUscc(b) })
      if (type === 'company') compare('subject.legalRepresentative', content.subject?.legalRepresentative, lic.legalRepresentative, 'license', '法定代表人')
      compare('subject.address', content.subject?.address, lic.address, 'license', '单位住所', { same: sameAddress, level: 'warning', differs: '单位通讯地址与营业执照住所不同，请核实' })
      expiry('subject.uscc', lic.validUntil, 'license', '营业执照营业期限')
    }
  }

  flags.push(...phoneFlags(content, input.verifiedPhones))
  return flags.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])
}

/** Mobiles must be proven by SMS; a landline cannot be, so the reviewer may call it. */
export function phoneFlags(content: CheckedContent, verified: readonly string[]): CrossCheckFlag[] {
  const out: CrossCheckFlag[] = []
  const phones: Array<[string, string | undefined, string]> = [['subject.phone', content.subject?.phone, content.subject?.type === 'individual' ? '联系电话' : '单位联系电话']]
  if (content.operator?.sameAsSubject === false) phones.push(['operator.phone', content.operator.phone, '运维负责人联系电话'])
  for (const [path, phone, what] of phones) {
    if (!phone) continue
    if (!validateMobile(phone).ok) {
      out.push({ path, level: 'info', code: 'phone_landline', typed: maskPhone(phone), message: `${what}为固定电话，无法短信验证，可致电核实` })
    } else if (!verified.includes(normalizeMobile(phone))) {
      out.push({ path, level: 'warning', code: 'phone_unverified', typed: maskPhone(phone), message: `${what}未通过短信验证` })
    }
  }
  return out
}
