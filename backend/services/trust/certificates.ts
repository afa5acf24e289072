/**
 * 备案证明 from the register: issued for the current approval (serial), signed with the server's
 * keyed hash, and checked against the register every time it is shown or scanned.
 */
import { timingSafeEqual } from 'node:crypto'
import {
  accountDisplayName,
  accountPlatformLabel,
  CERTIFICATE_SIGNATURE_LENGTH,
  certificateFailure,
  certificateQrText,
  certificateSerial,
  certificateSigningText,
  formatCertificateCode,
  hasProof,
  localDate,
  parseCertificateCode,
  publicStanding,
  standingOf,
  statusLabel,
  type CertificateCheck,
  type CertificateView,
  type DraftContent
} from '../../core'
import type { Ctx } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'

function signature(ctx: Ctx, filingNumber: string, serial: string): string {
  return ctx.rt.crypto.sign(certificateSigningText(filingNumber, serial)).slice(0, CERTIFICATE_SIGNATURE_LENGTH)
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function viewOf(ctx: Ctx, rec: FilingRecord & { approved: NonNullable<FilingRecord['approved']>; filingNumber: string }): CertificateView {
  const content = rec.approved.content as unknown as DraftContent
  return {
    filingNumber: rec.filingNumber,
    statusLabel: statusLabel('approved'),
    subjectName: rec.approved.index.subjectName,
    accounts: (content.accounts ?? []).map((a) => ({ kind: a.kind ?? '', platformName: accountPlatformLabel(a, ctx.rt.config), name: accountDisplayName(a) })),
    approvedOn: localDate(rec.approved.approvedAt, ctx.rt.config.timezone),
    officeName: ctx.rt.config.office.name
  }
}

/** The approved version is in force (core's `hasProof`: also while an amendment is under review or returned). */
function inForce(rec: FilingRecord): rec is FilingRecord & { approved: NonNullable<FilingRecord['approved']>; filingNumber: string } {
  return hasProof({ ...standingOf(rec), filingNumber: rec.filingNumber }) && rec.approved !== null
}

/** The owner's certificate for the approval now in force, or null when there is none. */
export function issueCertificate(ctx: Ctx, rec: FilingRecord): { code: string; qrText: string; certificate: CertificateView } | null {
  if (!inForce(rec)) return null
  const serial = certificateSerial(rec.approved.approvedAt)
  const code = formatCertificateCode({ filingNumber: rec.filingNumber, serial, signature: signature(ctx, rec.filingNumber, serial) })
  return { code, qrText: certificateQrText(code, ctx.rt.settings.certificateVerifyUrl), certificate: viewOf(ctx, rec) }
}

/** Anyone's check: what the register says about this code now. Never echoes the code's contents. */
export async function verifyCertificate(ctx: Ctx, text: string): Promise<CertificateCheck> {
  const parsed = parseCertificateCode(text)
  if (parsed === null) return certificateFailure('malformed')
  if (!same(parsed.signature, signature(ctx, parsed.filingNumber, parsed.serial))) return certificateFailure('forged')
  const rec = await ctx.rt.store.filings.findByNumber(parsed.filingNumber)
  if (rec === null) return certificateFailure('unknown')
  if (publicStanding(standingOf(rec)) === 'cancelled') return certificateFailure('cancelled')
  if (!inForce(rec)) return certificateFailure('not_approved')
  if (certificateSerial(rec.approved.approvedAt) !== parsed.serial) return certificateFailure('superseded')
  return { valid: true, code: formatCertificateCode(parsed), certificate: viewOf(ctx, rec) }
}
