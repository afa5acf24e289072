/**
 * Shared shapes of the supervision domain: who acts, and how a refused step is answered.
 * Every refusal carries a Chinese message that names what is wrong and what to do instead.
 * A leaf module (zod only): the contracts the main package parses with import it, so it must not
 * pull in the holiday calendar (deadlines.ts does that).
 */
import { z } from 'zod'

/** Staff roles act on reports, leads and cases; the operator (owner of the filing) answers orders; the timer links and reminds. */
export type SupervisionActor = 'reviewer' | 'admin' | 'operator' | 'system'
export const STAFF_ACTORS: readonly SupervisionActor[] = ['reviewer', 'admin']

export type SupervisionRefusalCode = 'forbidden' | 'invalid_state' | 'invalid_payload'
export interface SupervisionRefusal {
  ok: false
  code: SupervisionRefusalCode
  message: string
  /** Dotted input path → message, when one field is at fault. */
  fields?: Record<string, string>
}
export type Decided<T> = ({ ok: true } & T) | SupervisionRefusal

export function refuse(code: SupervisionRefusalCode, message: string, field?: string): SupervisionRefusal {
  return field ? { ok: false, code, message, fields: { [field]: message } } : { ok: false, code, message }
}

/** Attachments are opaque storage ids; the backend checks that each lies in the right folder and exists. */
export const FileIdSchema = z.string({ invalid_type_error: '附件编号无效，请重新上传' }).min(1, '附件编号无效，请重新上传').max(512, '附件编号无效，请重新上传')

/** Free text that must not be blank: staff notes, minutes, reasons. */
export function note(label: string, max: number, min = 1) {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}应为文字，请重新填写` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字，请补充`)
    .max(max, `${label}不能超过${max}个字，请精简`)
}

/** Optional free text ('' when not given). */
export function optionalNote(label: string, max: number) {
  return z
    .string({ invalid_type_error: `${label}应为文字，请重新填写` })
    .trim()
    .max(max, `${label}不能超过${max}个字，请精简`)
    .default('')
}

/**
 * Photos attached on the supervision side, taken through the same capture and upload path as
 * filing documents: report screenshots, the signed record of a talk, evidence of rectification.
 */
export const ATTACHMENT_KINDS = ['report_evidence', 'signed_record', 'rectification_evidence'] as const
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]
export const ATTACHMENT_LABELS: Readonly<Record<AttachmentKind, string>> = {
  report_evidence: '举报截图',
  signed_record: '签字的约谈记录',
  rectification_evidence: '整改材料'
}
export const ATTACHMENT_HINTS: Readonly<Record<AttachmentKind, string>> = {
  report_evidence: '可从相册选择截图，请确保账号名称和内容清晰可见',
  signed_record: '请将签字的约谈记录平铺拍摄，签名清晰可见',
  rectification_evidence: '请拍摄或选择能证明已整改的截图或照片'
}
export function isAttachmentKind(kind: string): kind is AttachmentKind {
  return (ATTACHMENT_KINDS as readonly string[]).includes(kind)
}
