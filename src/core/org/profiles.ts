/**
 * Subject profiles (常用主体, issue 12 §7): an organisation's or person's subject fields and the
 * subject's own documents (licence, certificates, an individual's ID photos), kept once and copied
 * into each new filing so a second filing does not photograph the licence again.
 *
 * The fields are the filing's subject (SubjectSchema, which the catalogue describes); the document
 * kinds are those the subject type may attach that prove the subject itself — not the per-filing
 * materials (the stamped form, the signature, account screenshots, an agency's authorisation letter) and, for organisations, not the
 * ID photos, which are the operations person's (documentKindLabel names them so).
 *
 * A profile belongs to the applicant who saved it, only: filings have co-managers, a profile has
 * one owner (a colleague who needs it saves their own from a filing they manage).
 *
 * A filing copies the profile (subject and document references); it never points at it. Changing
 * a profile therefore never changes a filing: approved filings with the same subject are offered
 * an amendment each, reviewed as usual (`profileDiffers`, `applyProfile`).
 */
import { z } from 'zod'
import type { FieldIssue } from '../result'
import { allowedDocuments, DOCUMENT_KIND_LABELS, DocumentRefSchema, MAX_PAGES, pagesLeft, type DocumentKind, type DocumentRef } from '../schemas/documents'
import type { DraftContent } from '../schemas/filing'
import { SubjectSchema, type Subject, type SubjectType } from '../schemas/subject'
import { normalizeResidentId } from '../validators/resident-id'

/** How many profiles one applicant keeps (an agency runs a handful; this bounds one list call). */
export const MAX_PROFILES = 20

/** Materials of one filing, never of its subject. */
// The 授权委托书 names one agent for one filing: it is never part of the subject's own papers.
const PER_FILING_KINDS: readonly DocumentKind[] = ['registration_form', 'signature', 'account_proof', 'authorisation_letter']
const ID_SIDES: readonly DocumentKind[] = ['id_front', 'id_back']

/** The document kinds a profile of this subject type keeps. */
export function profileDocumentKinds(type: SubjectType): DocumentKind[] {
  return allowedDocuments(type).filter((k) => !PER_FILING_KINDS.includes(k) && (type === 'individual' || !ID_SIDES.includes(k)))
}

/** Subject documents a profile keeps at most: every kind's page limit (a kind is listed once). */
const MAX_PROFILE_DOCUMENTS = 20

export const ProfileContentSchema = z
  .object({
    subject: SubjectSchema,
    documents: z.array(DocumentRefSchema, { invalid_type_error: '证件材料格式无效，请重新上传' }).max(MAX_PROFILE_DOCUMENTS, `常用主体最多保存${MAX_PROFILE_DOCUMENTS}份证件，请删除多余的`)
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const i of profileDocumentIssues(p.subject.type, p.documents)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: i.path.split('.'), message: i.message })
  })
export type ProfileContent = z.infer<typeof ProfileContentSchema>

/** Kinds the subject type does not keep in a profile, and kinds over their page limit. */
export function profileDocumentIssues(type: SubjectType, documents: readonly Pick<DocumentRef, 'kind' | 'format' | 'pages'>[]): FieldIssue[] {
  const kept = profileDocumentKinds(type)
  const issues: FieldIssue[] = []
  for (const kind of new Set(documents.map((d) => d.kind))) {
    if (!kept.includes(kind)) issues.push({ path: `documents.${kind}`, message: `常用主体不保存${DOCUMENT_KIND_LABELS[kind]}（每次备案单独提供），请删除` })
    else if (pagesLeft(kind, documents) < 0) issues.push({ path: `documents.${kind}`, message: `${DOCUMENT_KIND_LABELS[kind]}最多${MAX_PAGES[kind]}页，请删除多余的` })
  }
  return issues
}

export type ProfileRefusal = { ok: false; code: 'invalid_state' | 'invalid_payload'; message: string }

/**
 * The profile a filing's content gives: its subject (complete and valid) and the subject's
 * documents. A filing whose subject does not pass its own rules gives none.
 */
export function profileFromContent(content: DraftContent): ProfileRefusal | { ok: true; value: ProfileContent } {
  const subject = SubjectSchema.safeParse(content.subject)
  if (!subject.success) return { ok: false, code: 'invalid_state', message: '该备案的主体信息不完整，无法保存为常用主体' }
  const kinds = profileDocumentKinds(subject.data.type)
  const documents = (content.documents ?? []).filter((d) => kinds.includes(d.kind)) as DocumentRef[]
  const parsed = ProfileContentSchema.safeParse({ subject: subject.data, documents })
  if (!parsed.success) return { ok: false, code: 'invalid_state', message: parsed.error.issues[0]?.message ?? '该备案的主体信息无法保存为常用主体' }
  return { ok: true, value: parsed.data }
}

/**
 * A filing's content with the profile copied in: the subject replaced, the subject's documents
 * replaced by the profile's references, every other field and document kept. A subject of another
 * type drops documents that type may not attach and the old ID photos (the form and screenshots stay).
 */
export function applyProfile(content: DraftContent, profile: ProfileContent): DraftContent {
  // ID photos mean the subject for a person and the operator for an organisation: across a change of type they go.
  const typeChanged = content.subject?.type !== undefined && content.subject.type !== profile.subject.type
  const replaced = new Set<DocumentKind>([...profileDocumentKinds(profile.subject.type), ...(typeChanged ? ID_SIDES : [])])
  const allowed = allowedDocuments(profile.subject.type)
  const kept = (content.documents ?? []).filter((d) => !replaced.has(d.kind) && allowed.includes(d.kind))
  return { ...content, subject: { ...profile.subject }, documents: [...profile.documents.map((d) => ({ ...d })), ...kept] }
}

/** Whether copying the profile into this content would change it (an approved filing needs an amendment). */
export function profileDiffers(content: DraftContent, profile: ProfileContent): boolean {
  const next = applyProfile(content, profile)
  return canonical(next.subject) !== canonical(content.subject) || canonical(docSet(next.documents)) !== canonical(docSet(content.documents))
}

const docSet = (docs: DraftContent['documents']) => (docs ?? []).map((d) => `${d.kind}:${d.fileId}`).sort()
const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined && y !== '').sort(([a], [b]) => a.localeCompare(b))) : x))

/**
 * Who the subject is, across filings: an organisation by its code, a person by their ID number.
 * Filings with the same key are the same subject (an update is offered to them); null when the
 * content does not say.
 */
export function subjectKey(subject: DraftContent['subject'] | Subject | undefined): string | null {
  const s = subject as { type?: SubjectType; idNumber?: string; uscc?: string; orgCode?: string } | undefined
  if (!s?.type) return null
  if (s.type === 'individual') return s.idNumber ? `person:${normalizeResidentId(s.idNumber)}` : null
  const code = (s.uscc || s.orgCode || '').trim().toUpperCase()
  return code ? `org:${code}` : null
}

export const NOT_YOUR_PROFILE = '未找到该常用主体，或您无权使用'
