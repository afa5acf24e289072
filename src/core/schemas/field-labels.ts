/**
 * Chinese labels for dotted field paths, used by return reasons, the review screen and
 * notifications. Account fields are keyed with '*' in place of the index.
 */
import { DOCUMENT_KIND_LABELS, DocumentKindSchema, documentKindLabel, type DocumentKind } from './documents'
import { SubjectTypeSchema } from './subject'
import { ACCOUNT_KIND_LABELS } from './account'
import { FIELD_CATALOGUE, GROUP_LABELS } from './catalogue'
import { ID_DOC_TYPE_LABELS } from '../validators/identity-docs'

/** The agency's fields (委托代理, org/agency.ts) as the form, the review screen and return reasons name them. */
const AGENCY_LABELS: Readonly<Record<string, string>> = {
  agency: '委托代理',
  'agency.name': '代理机构名称',
  'agency.contact': '代理机构联系人',
  'agency.phone': '代理机构联系人手机号码'
}

/** Every label, read from the field catalogue (plus group titles and document kinds). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...GROUP_LABELS,
  ...Object.fromEntries(FIELD_CATALOGUE.map((f) => [f.path, f.label])),
  ...AGENCY_LABELS,
  ...Object.fromEntries(Object.entries(DOCUMENT_KIND_LABELS).map(([k, v]) => [`documents.${k}`, v]))
}

const SUBJECT_NAME_BY_TYPE: Readonly<Record<string, string>> = { individual: '姓名', company: '单位名称', public_body: '单位名称' }

function normalise(path: string): string {
  return path.replace(/^accounts\.\d+(?=\.|$)/, 'accounts.*')
}

/** Whether a path names something the form shows (used to validate return reasons). */
export function isKnownFieldPath(path: string): boolean {
  return normalise(path) in FIELD_LABELS
}

/** Minimal view of filing content that labels can use; any shape is tolerated. */
export interface LabelContext {
  subject?: { type?: string; idType?: string }
  operator?: { idType?: string } | { sameAsSubject: true }
  accounts?: ReadonlyArray<{ kind?: string; name?: string; accountName?: string } | undefined>
}

/**
 * 'accounts.1.followers' → '账号2 · 粉丝数'; with content, '账号2（开平美食）· 粉丝数'.
 * Unknown paths come back as given rather than throwing: labels are cosmetic.
 */
export function fieldLabel(path: string, content?: LabelContext): string {
  const m = /^accounts\.(\d+)(?:\.(.+))?$/.exec(path)
  if (m) {
    const index = Number(m[1])
    const account = content?.accounts?.[index]
    const name = account?.accountName ?? account?.name
    const kind = account?.kind && account.kind in ACCOUNT_KIND_LABELS ? ACCOUNT_KIND_LABELS[account.kind as keyof typeof ACCOUNT_KIND_LABELS] : '账号'
    const head = name ? `${kind}${index + 1}（${name}）` : `${kind}${index + 1}`
    if (!m[2]) return head
    // A full-width bracket already separates visually; a space before '·' would look loose.
    return `${head}${name ? '· ' : ' · '}${FIELD_LABELS[`accounts.*.${m[2]}`] ?? m[2]}`
  }
  const doc = /^documents\.(\w+)$/.exec(path)
  const kind = doc ? DocumentKindSchema.safeParse(doc[1]) : undefined
  if (kind?.success) {
    const type = SubjectTypeSchema.safeParse(content?.subject?.type)
    return documentKindLabel(kind.data, type.success ? type.data : undefined)
  }
  if (path === 'subject.name' && content?.subject?.type && content.subject.type in SUBJECT_NAME_BY_TYPE) {
    return SUBJECT_NAME_BY_TYPE[content.subject.type]
  }
  // A permit or passport holder's number is named by its document, not '身份证号码'.
  const idType = path === 'subject.idNumber' ? content?.subject?.idType : path === 'operator.idNumber' && content?.operator && 'idType' in content.operator ? content.operator.idType : undefined
  if (idType && idType !== 'resident_id' && idType in ID_DOC_TYPE_LABELS) {
    return `${path.startsWith('operator') ? '运维负责人' : ''}${ID_DOC_TYPE_LABELS[idType as keyof typeof ID_DOC_TYPE_LABELS]}号码`
  }
  return FIELD_LABELS[path] ?? path
}

export function documentLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind]
}
