/** The trust calls, each through its action's contract in src/core/contracts. */
import { certificateContract, type CertificateOutput } from '../../core/contracts/applicant/certificate'
import { ocrReadContract } from '../../core/contracts/applicant/ocr-read'
import { ownershipCodesContract } from '../../core/contracts/applicant/ownership-codes'
import { phoneCodeSendContract, phoneCodeVerifyContract, phoneStatusContract } from '../../core/contracts/applicant/phone-code'
import { verifyCertificateContract } from '../../core/contracts/public/verify-certificate'
import { ownershipCheckContract } from '../../core/contracts/staff/ownership-check'
import type { AccountTrustView, CertificateCheckSchema, CertificateViewSchema, TrustView as TrustViewT } from '../../core/contracts/trust'
import type { OcrKind, OwnershipChecklist } from '../../core/trust'
import type { z } from 'zod'
import { call } from '../../services/api'

export type TrustView = TrustViewT
export type CrossCheckFlagRow = TrustView['flags'][number]
export type AccountTrustRow = AccountTrustView
export type CertificateView = z.infer<typeof CertificateViewSchema>
export type Certificate = CertificateOutput
export type CertificateCheck = z.infer<typeof CertificateCheckSchema>

export function ocrRead (filingId: string, kind: OcrKind, fileId: string) {
  return call(ocrReadContract, { filingId, kind, fileId })
}

export function sendPhoneCode (phone: string) {
  return call(phoneCodeSendContract, { phone })
}

export function verifyPhoneCode (phone: string, code: string) {
  return call(phoneCodeVerifyContract, { phone, code })
}

export function phoneStatus (phones: string[]): Promise<string[]> {
  return call(phoneStatusContract, { phones }).then((r) => r.verified)
}

export function ownershipCodes (id: string, keys: string[]) {
  return call(ownershipCodesContract, { id, keys }).then((r) => r.items)
}

export function loadCertificate (id: string): Promise<Certificate> {
  return call(certificateContract, { id })
}

export function verifyCertificate (code: string): Promise<CertificateCheck> {
  return call(verifyCertificateContract, { code })
}

export function saveOwnershipCheck (id: string, accountKey: string, checks: OwnershipChecklist, note: string) {
  return call(ownershipCheckContract, { id, accountKey, checks, note })
}
