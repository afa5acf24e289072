/**
 * The 备案证明's code: filing number + the serial of the approval it was issued for + a keyed
 * signature over both (the backend signs and checks; this file only shapes the text). What a
 * certificate shows always comes from the register at the time it is checked, never from the
 * code or a link, so a forged, altered or outdated certificate shows 无法核验 and nothing else.
 *
 * Code: `<serial>.<signature>.<filing number>` — serial and signature are URL-safe; the number
 * goes last because its format is the office's choice (it may hold dots).
 */

export const CERTIFICATE_VERSION = 'v1'
/** 128 bits of an HMAC-SHA256 in base64url: short enough for a small QR code. */
export const CERTIFICATE_SIGNATURE_LENGTH = 22

export interface CertificateCode {
  filingNumber: string
  serial: string
  signature: string
}

/** The approval the certificate belongs to: a new approval (amendment) gives a new serial. */
export function certificateSerial(approvedAt: string): string {
  const ms = Date.parse(approvedAt)
  return Number.isFinite(ms) ? ms.toString(36) : '0'
}

/** The text the backend signs: versioned, so the format can change without ambiguity. */
export function certificateSigningText(filingNumber: string, serial: string): string {
  return `certificate/${CERTIFICATE_VERSION}/${serial}/${filingNumber}`
}

export function formatCertificateCode(c: CertificateCode): string {
  return `${c.serial}.${c.signature}.${c.filingNumber}`
}

const CODE = new RegExp(`^([0-9a-z]{1,12})\\.([A-Za-z0-9_-]{${CERTIFICATE_SIGNATURE_LENGTH}})\\.(.{1,40})$`)

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/**
 * The code from what a scanner or a person hands in: the bare code, or any link that carries it
 * as `c=` (the QR code may hold a link so a phone camera opens the check). Null when malformed.
 */
export function parseCertificateCode(input: string): CertificateCode | null {
  const text = input.trim()
  if (text.length === 0 || text.length > 600) return null
  const param = /[?&#]c=([^&#\s]+)/.exec(text)
  const raw = safeDecode(param ? param[1] : text).trim()
  const m = CODE.exec(raw)
  if (m === null) return null
  const filingNumber = m[3]
  // Control characters, bidi marks or markup never belong in a number.
  if (/[\u0000-\u001f\u007f<>"'\\\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(filingNumber)) return null
  return { serial: m[1], signature: m[2], filingNumber }
}

/** What the QR code holds: the code, inside a link when the office publishes a check page. */
export function certificateQrText(code: string, verifyUrl?: string | null): string {
  if (!verifyUrl) return code
  return `${verifyUrl}${verifyUrl.includes('?') ? '&' : '?'}c=${encodeURIComponent(code)}`
}

export type CertificateFailure = 'malformed' | 'forged' | 'unknown' | 'cancelled' | 'superseded' | 'not_approved'

export const CERTIFICATE_FAILURE_MESSAGES: Readonly<Record<CertificateFailure, string>> = {
  malformed: '这不是有效的备案证明码，请扫描备案证明上的二维码，或向持有人索取证明链接',
  forged: '证明码与备案登记不符，可能被伪造或篡改',
  unknown: '登记簿中没有这个备案编号',
  cancelled: '该备案已注销，证明不再有效',
  superseded: '备案信息已变更，此证明已失效，请向持有人索取最新的备案证明',
  not_approved: '该备案当前不在有效状态'
}

/** The certificate as the register states it: public facts only (individuals' names masked). */
export interface CertificateView {
  filingNumber: string
  statusLabel: string
  subjectName: string
  accounts: Array<{ kind: string; platformName: string; name: string }>
  approvedOn: string
  officeName: string
}

export type CertificateCheck =
  | { valid: true; code: string; certificate: CertificateView }
  | { valid: false; reason: CertificateFailure; message: string }

export function certificateFailure(reason: CertificateFailure): CertificateCheck {
  return { valid: false, reason, message: CERTIFICATE_FAILURE_MESSAGES[reason] }
}
