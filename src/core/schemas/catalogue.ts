/**
 * The field catalogue: every field of a filing once, in form order, with its label, where it
 * applies and how it reads. Labels (FIELD_LABELS), return-able paths (isKnownFieldPath), the
 * review screen's field lists, the export columns and the generated registration form are all
 * read from here, so a field added here appears everywhere at once.
 *
 * Extension point for per-city field rules (issue 12): `presence` is the catalogue's default;
 * `fieldPresence(spec, subjectType, config)` is the one function that will read a jurisdiction's
 * override (required / optional / hidden per field) — today it returns the default.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { AccountKind } from './account'
import type { SubjectType } from './subject'
import { SENSITIVE_PATHS } from './sensitive-paths'

export type FieldGroup = 'subject' | 'operator' | 'account' | 'commitment'
export type Presence = 'required' | 'optional' | 'hidden'
/** How a stored value reads on screens, exports and the form. */
export type FieldDisplay = 'text' | 'subjectType' | 'accountKind' | 'platform' | 'town' | 'count' | 'list' | 'flag'

export interface FieldSpec {
  /** Dotted path; account fields use `accounts.*.<key>`. */
  path: string
  /** The key inside its group object. */
  key: string
  label: string
  group: FieldGroup
  /** Subject types (subject/operator fields) this field belongs to; absent = all. */
  subjectTypes?: readonly SubjectType[]
  /** Account kinds (account fields) this field belongs to; absent = all. */
  accountKinds?: readonly AccountKind[]
  /** Default presence per subject type or kind (informational until issue 12 makes it configurable). */
  presence: Presence
  /** Encrypted at rest and masked everywhere until a staff reveal. */
  sensitive?: boolean
  /** Shown on the review screen, and a return reason may point at it. */
  review: boolean
  display: FieldDisplay
  /**
   * On the generated 登记备案表: its short label there, and whether it takes a whole line.
   * Absent: the form does not print it.
   */
  form?: { label: string; wide?: boolean }
}

type Spec = Omit<FieldSpec, 'path' | 'group' | 'review' | 'display' | 'presence' | 'sensitive'> & Partial<Pick<FieldSpec, 'review' | 'display' | 'presence'>>

const ORGS: readonly SubjectType[] = ['company', 'public_body']

function group(g: FieldGroup, prefix: string, specs: Spec[]): FieldSpec[] {
  return specs.map((s) => {
    const path = `${prefix}.${s.key}`
    // Which fields hold ID numbers is SENSITIVE_PATHS' (one list); the catalogue reads it.
    return { review: true, display: 'text', presence: 'required', ...s, group: g, path, sensitive: (SENSITIVE_PATHS as readonly string[]).includes(path) }
  })
}

export const FIELD_CATALOGUE: readonly FieldSpec[] = [
  ...group('subject', 'subject', [
    { key: 'type', label: '主体类型', display: 'subjectType', form: { label: '主体类型' } },
    { key: 'name', label: '主体名称', form: { label: '主体名称', wide: true } },
    { key: 'idNumber', label: '身份证号码', subjectTypes: ['individual'], form: { label: '身份证号' } },
    { key: 'idValidUntil', label: '身份证有效期至', subjectTypes: ['individual'], presence: 'optional' },
    { key: 'uscc', label: '统一社会信用代码', subjectTypes: ORGS, presence: 'optional', form: { label: '信用代码' } },
    { key: 'orgCode', label: '组织机构代码', subjectTypes: ORGS, presence: 'optional', form: { label: '机构代码' } },
    { key: 'legalRepresentative', label: '法定代表人', subjectTypes: ['company'], presence: 'optional', form: { label: '法定代表人' } },
    { key: 'phone', label: '联系电话', form: { label: '联系电话' } },
    { key: 'email', label: '电子邮箱', presence: 'optional', form: { label: '电子邮箱', wide: true } },
    { key: 'address', label: '通讯地址', form: { label: '通讯地址', wide: true } },
    { key: 'town', label: '所在镇（街道）', display: 'town', form: { label: '所在镇街' } }
  ]),
  ...group('operator', 'operator', [
    { key: 'sameAsSubject', label: '运维负责人是否为本人', display: 'flag' },
    { key: 'name', label: '运维负责人姓名', form: { label: '姓名' } },
    { key: 'idNumber', label: '运维负责人身份证号码', subjectTypes: ['individual', 'company'], form: { label: '身份证号' } },
    { key: 'idValidUntil', label: '运维负责人身份证有效期至', subjectTypes: ['individual', 'company'], presence: 'optional' },
    { key: 'phone', label: '运维负责人联系电话', form: { label: '联系电话' } },
    { key: 'email', label: '运维负责人电子邮箱', presence: 'optional', form: { label: '电子邮箱' } }
  ]),
  ...group('account', 'accounts.*', [
    { key: 'kind', label: '类型', display: 'accountKind' },
    { key: 'platform', label: '平台', accountKinds: ['self_media'], display: 'platform' },
    { key: 'platformName', label: '平台名称', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'accountName', label: '账号名称', accountKinds: ['self_media'] },
    { key: 'name', label: '名称', accountKinds: ['website', 'app'] },
    { key: 'accountId', label: '账号ID', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'homepage', label: '主页链接', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'url', label: '网址', accountKinds: ['website'], presence: 'optional' },
    { key: 'domain', label: '域名', accountKinds: ['website'], presence: 'optional' },
    { key: 'icpNumber', label: 'ICP备案号', accountKinds: ['website'] },
    { key: 'stores', label: '应用商店', accountKinds: ['app'], display: 'list' },
    { key: 'developer', label: '开发者', accountKinds: ['app'] },
    { key: 'followers', label: '粉丝数', accountKinds: ['self_media'], display: 'count' },
    { key: 'openedOn', label: '开通日期' },
    { key: 'category', label: '内容类别', accountKinds: ['self_media'] }
  ]),
  ...group('commitment', 'commitment', [
    { key: 'accepted', label: '信息真实性承诺', display: 'flag' },
    { key: 'acceptedAt', label: '承诺时间', review: false },
    { key: 'textVersion', label: '承诺书版本', review: false }
  ])
]

/** Titles of the groups (and of the `subject`, `operator`, `accounts` … paths themselves). */
export const GROUP_LABELS: Readonly<Record<string, string>> = {
  subject: '主体信息',
  operator: '运维负责人',
  accounts: '账号列表',
  'accounts.*': '账号',
  documents: '材料',
  commitment: '信息真实性承诺'
}

export function fieldsOf(g: FieldGroup): readonly FieldSpec[] {
  return FIELD_CATALOGUE.filter((f) => f.group === g)
}

export function findField(path: string): FieldSpec | undefined {
  return FIELD_CATALOGUE.find((f) => f.path === path)
}

/**
 * Whether `spec` is asked of this subject type (or account kind) in this jurisdiction. The one
 * place a per-city rule will be read (issue 12); today the catalogue's default applies.
 */
export function fieldPresence(spec: FieldSpec, subjectType: SubjectType | undefined, _config: Pick<JurisdictionConfig, 'id'>): Presence {
  if (subjectType && spec.subjectTypes && !spec.subjectTypes.includes(subjectType)) return 'hidden'
  return spec.presence
}
