/**
 * Chinese labels for dotted field paths, used by return reasons, the review screen and
 * notifications. Account fields are keyed with '*' in place of the index.
 */
import { DOCUMENT_KIND_LABELS, type DocumentKind } from './documents'
import { ACCOUNT_KIND_LABELS } from './account'

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  subject: '主体信息',
  'subject.type': '主体类型',
  'subject.name': '主体名称',
  'subject.idNumber': '身份证号码',
  'subject.idValidUntil': '身份证有效期至',
  'subject.phone': '联系电话',
  'subject.email': '电子邮箱',
  'subject.address': '通讯地址',
  'subject.town': '所在镇（街道）',
  'subject.uscc': '统一社会信用代码',
  'subject.orgCode': '组织机构代码',
  'subject.legalRepresentative': '法定代表人',
  operator: '运维负责人',
  'operator.sameAsSubject': '运维负责人是否为本人',
  'operator.name': '运维负责人姓名',
  'operator.idNumber': '运维负责人身份证号码',
  'operator.idValidUntil': '运维负责人身份证有效期至',
  'operator.phone': '运维负责人联系电话',
  'operator.email': '运维负责人电子邮箱',
  accounts: '账号列表',
  'accounts.*': '账号',
  'accounts.*.kind': '类型',
  'accounts.*.name': '名称',
  'accounts.*.url': '网址',
  'accounts.*.domain': '域名',
  'accounts.*.icpNumber': 'ICP备案号',
  'accounts.*.stores': '应用商店',
  'accounts.*.developer': '开发者',
  'accounts.*.platform': '平台',
  'accounts.*.platformName': '平台名称',
  'accounts.*.accountName': '账号名称',
  'accounts.*.accountId': '账号ID',
  'accounts.*.homepage': '主页链接',
  'accounts.*.followers': '粉丝数',
  'accounts.*.openedOn': '开通日期',
  'accounts.*.category': '内容类别',
  documents: '材料',
  ...Object.fromEntries(Object.entries(DOCUMENT_KIND_LABELS).map(([k, v]) => [`documents.${k}`, v])),
  commitment: '信息真实性承诺',
  'commitment.accepted': '信息真实性承诺',
  'commitment.acceptedAt': '承诺时间',
  'commitment.textVersion': '承诺书版本'
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
  subject?: { type?: string }
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
  if (path === 'subject.name' && content?.subject?.type && content.subject.type in SUBJECT_NAME_BY_TYPE) {
    return SUBJECT_NAME_BY_TYPE[content.subject.type]
  }
  return FIELD_LABELS[path] ?? path
}

export function documentLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind]
}
