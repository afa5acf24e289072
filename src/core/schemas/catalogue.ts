/**
 * The field catalogue: every field of a filing once, in form order, with its label, where it
 * applies and how it reads. Labels (FIELD_LABELS), return-able paths (isKnownFieldPath), the
 * review screen's field lists, the export columns, the generated registration form and the
 * wizard's catalogue-driven fields are all read from here, so a field added here appears
 * everywhere at once.
 *
 * Per-city rules: `presence`, `label` and `help` are the catalogue's defaults; a jurisdiction's
 * `fields` map overrides them per path (`fieldPresence`, `fieldLabelIn`, `fieldHelp`). Only
 * fields marked `configurable` may change presence (the others carry the filing's identity or
 * the notice's materials); `fieldRuleProblems(config)` names any rule that breaks this.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { CONTENT_CATEGORIES, REGULATED_FIELD_LABELS, UPDATE_FREQUENCY_LABELS, VERIFICATION_LABELS, type AccountKind } from './account'
import { CERTIFICATE_KIND_LABELS, PUBLIC_BODY_KIND_LABELS, type SubjectType } from './subject'
import { ID_DOC_TYPE_LABELS } from '../validators/identity-docs'
import { SENSITIVE_PATHS } from './sensitive-paths'

export type FieldGroup = 'subject' | 'operator' | 'account' | 'commitment'
export type Presence = 'required' | 'optional' | 'hidden'
/** How a stored value reads on screens, exports and the form. */
export type FieldDisplay = 'text' | 'subjectType' | 'accountKind' | 'platform' | 'town' | 'count' | 'list' | 'flag' | 'option'
/**
 * How the wizard asks for a field it renders from the catalogue (fields without `input` keep
 * their own hand-made widgets: type pickers, the platform list, dates with deadline hints).
 */
export type FieldInput = 'text' | 'multiline' | 'number' | 'select' | 'flag' | 'list' | 'mobile' | 'idNumber'

export interface FieldOption {
  value: string
  label: string
}

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
  /** Default presence; a jurisdiction may override it when `configurable`. */
  presence: Presence
  /** A city may make this field required, optional or hidden (`config.fields[path].presence`). */
  configurable?: boolean
  /** Default help text under the field (a city may replace it). */
  help?: string
  /** The wizard renders the field itself with this input. */
  input?: FieldInput
  /** Choices of a select (stored value → label; `option` display reads them too). */
  options?: readonly FieldOption[]
  /** Asked only when this holds for the other values of its group (e.g. a qualification). */
  when?: (values: Readonly<Record<string, unknown>>) => boolean
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
const options = (labels: Readonly<Record<string, string>>): FieldOption[] => Object.entries(labels).map(([value, label]) => ({ value, label }))
/** A new field of the office's form: optional by default, a city decides. */
const ask = (input: FieldInput, extra: Partial<Spec> = {}): Partial<Spec> => ({ presence: 'optional', configurable: true, input, ...extra })
const select = (labels: Readonly<Record<string, string>>, extra: Partial<Spec> = {}): Partial<Spec> => ask('select', { display: 'option', options: options(labels), ...extra })
const yesNo = (extra: Partial<Spec> = {}): Partial<Spec> => ask('flag', { display: 'flag', ...extra })

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
    { key: 'bodyKind', label: '单位类别', subjectTypes: ['public_body'], ...select(PUBLIC_BODY_KIND_LABELS), form: { label: '单位类别' } },
    { key: 'supervisor', label: '主管单位', subjectTypes: ['public_body'], ...ask('text'), form: { label: '主管单位', wide: true } },
    { key: 'certificateKind', label: '证书类型', subjectTypes: ['public_body'], ...select(CERTIFICATE_KIND_LABELS), form: { label: '证书类型' } },
    { key: 'idType', label: '证件类型', subjectTypes: ['individual'], ...select(ID_DOC_TYPE_LABELS, { configurable: false, help: '港澳台居民和外籍人士可选通行证、居住证或护照' }), form: { label: '证件类型' } },
    { key: 'idNumber', label: '身份证号码', subjectTypes: ['individual'], form: { label: '证件号码' } },
    { key: 'idValidUntil', label: '身份证有效期至', subjectTypes: ['individual'], presence: 'optional' },
    { key: 'uscc', label: '统一社会信用代码', subjectTypes: ORGS, presence: 'optional', form: { label: '信用代码' } },
    { key: 'orgCode', label: '组织机构代码', subjectTypes: ORGS, presence: 'optional', form: { label: '机构代码' } },
    { key: 'legalRepresentative', label: '法定代表人', subjectTypes: ['company'], presence: 'optional', configurable: true, form: { label: '法定代表人' } },
    { key: 'phone', label: '联系电话', form: { label: '联系电话' } },
    { key: 'email', label: '电子邮箱', presence: 'optional', form: { label: '电子邮箱', wide: true } },
    { key: 'address', label: '通讯地址', form: { label: '通讯地址', wide: true } },
    { key: 'town', label: '所在镇（街道）', display: 'town', form: { label: '所在镇街' } }
  ]),
  ...group('operator', 'operator', [
    { key: 'sameAsSubject', label: '运维负责人是否为本人', display: 'flag' },
    { key: 'name', label: '运维负责人姓名', form: { label: '姓名' } },
    { key: 'idType', label: '运维负责人证件类型', subjectTypes: ['individual', 'company'], ...select(ID_DOC_TYPE_LABELS, { configurable: false }), form: { label: '证件类型' } },
    { key: 'idNumber', label: '运维负责人身份证号码', subjectTypes: ['individual', 'company'], form: { label: '证件号码' } },
    { key: 'idValidUntil', label: '运维负责人身份证有效期至', subjectTypes: ['individual', 'company'], presence: 'optional' },
    { key: 'phone', label: '运维负责人联系电话', form: { label: '联系电话' } },
    { key: 'email', label: '运维负责人电子邮箱', presence: 'optional', form: { label: '电子邮箱' } }
  ]),
  ...group('account', 'accounts.*', [
    { key: 'kind', label: '类型', display: 'accountKind' },
    { key: 'platform', label: '平台', accountKinds: ['self_media'], display: 'platform' },
    { key: 'platformName', label: '平台名称', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'accountName', label: '账号名称', accountKinds: ['self_media'] },
    { key: 'name', label: '名称', accountKinds: ['website', 'app', 'mini_program'] },
    { key: 'accountId', label: '账号ID', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'homepage', label: '主页链接', accountKinds: ['self_media'], presence: 'optional' },
    { key: 'url', label: '网址', accountKinds: ['website'], presence: 'optional' },
    { key: 'domain', label: '域名', accountKinds: ['website'], presence: 'optional' },
    { key: 'icpNumber', label: 'ICP备案号', accountKinds: ['website'] },
    { key: 'psbNumber', label: '公安联网备案号', accountKinds: ['website'], ...ask('text') },
    { key: 'hostingProvider', label: '接入服务商', accountKinds: ['website'], ...ask('text', { help: '提供服务器或云主机的公司，如 阿里云、腾讯云' }) },
    { key: 'serverLocation', label: '服务器所在地', accountKinds: ['website'], ...ask('text', { help: '如 广东省广州市；境外服务器请写国家或地区' }) },
    { key: 'interactive', label: '是否提供交互式服务', accountKinds: ['website'], ...yesNo({ help: '评论、留言、发帖、私信等用户可发布信息的功能' }) },
    { key: 'appId', label: '小程序AppID', accountKinds: ['mini_program'], ...ask('text', { help: '小程序后台“开发 - 开发设置”中的AppID，wx开头' }) },
    { key: 'mpFilingNumber', label: '小程序备案号', accountKinds: ['mini_program'], ...ask('text', { help: '如 粤ICP备12345678号-3X' }) },
    { key: 'stores', label: '应用商店', accountKinds: ['app'], display: 'list' },
    { key: 'developer', label: '开发者', accountKinds: ['app', 'mini_program'] },
    { key: 'appFilingNumber', label: 'APP备案号', accountKinds: ['app'], ...ask('text', { help: '如 粤ICP备12345678号-2A，可在APP“关于”页查看' }) },
    { key: 'packageName', label: '包名或Bundle ID', accountKinds: ['app'], ...ask('text', { help: '安卓包名或iOS Bundle ID，如 com.example.app' }) },
    { key: 'storeLinks', label: '应用商店链接', accountKinds: ['app'], ...ask('list', { display: 'list', help: '多个链接用空格或换行分隔' }) },
    { key: 'userCount', label: '用户量', accountKinds: ['app'], ...ask('number', { display: 'count' }) },
    { key: 'securityAssessed', label: '是否已开展安全评估', accountKinds: ['app'], ...yesNo({ help: '具有舆论属性或社会动员能力的应用须开展安全评估' }) },
    { key: 'followers', label: '粉丝数', accountKinds: ['self_media'], display: 'count' },
    { key: 'openedOn', label: '开通日期' },
    { key: 'category', label: '内容类别', accountKinds: ['self_media'], options: CONTENT_CATEGORIES.map((c) => ({ value: c, label: c })) },
    { key: 'intro', label: '账号简介', accountKinds: ['self_media'], ...ask('multiline') },
    { key: 'columns', label: '主要栏目', accountKinds: ['self_media'], ...ask('text', { help: '主要发布的栏目或话题，如 本地美食、文化活动' }) },
    { key: 'verification', label: '认证类型', accountKinds: ['self_media'], ...select(VERIFICATION_LABELS) },
    { key: 'ipLocation', label: 'IP属地', accountKinds: ['self_media'], ...ask('text') },
    { key: 'updateFrequency', label: '更新频率', accountKinds: ['self_media'], ...select(UPDATE_FREQUENCY_LABELS) },
    { key: 'mcnName', label: 'MCN或代运营机构', accountKinds: ['self_media'], ...ask('text') },
    { key: 'liveStreaming', label: '是否开展直播', accountKinds: ['self_media'], ...yesNo() },
    { key: 'regulatedField', label: '是否涉及专业领域', accountKinds: ['self_media'], ...select(REGULATED_FIELD_LABELS, { help: '发布新闻、金融、医疗卫生、教育、司法内容的账号须具备相应资质' }) },
    {
      key: 'qualification',
      label: '资质证书名称及编号',
      accountKinds: ['self_media'],
      ...ask('text', { when: (v) => typeof v.regulatedField === 'string' && v.regulatedField !== 'none' })
    },
    { key: 'managerName', label: '负责人姓名', accountKinds: ['self_media', 'website'], ...ask('text') },
    { key: 'managerMobile', label: '负责人手机号码', accountKinds: ['self_media', 'website'], ...ask('mobile') },
    { key: 'emergencyName', label: '应急联系人姓名', accountKinds: ['website'], ...ask('text') },
    { key: 'emergencyMobile', label: '应急联系人手机号码', accountKinds: ['website'], ...ask('mobile') }
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
  commitment: '信息真实性承诺',
  basis: '备案依据（自查结果）'
}

export function fieldsOf(g: FieldGroup): readonly FieldSpec[] {
  return FIELD_CATALOGUE.filter((f) => f.group === g)
}

export function findField(path: string): FieldSpec | undefined {
  return FIELD_CATALOGUE.find((f) => f.path === path)
}

type FieldsConfig = Pick<JurisdictionConfig, 'fields'>

/** Whether `spec` belongs to this subject type and account kind at all. */
export function fieldApplies(spec: FieldSpec, subjectType: SubjectType | undefined, kind?: AccountKind): boolean {
  if (subjectType && spec.subjectTypes && !spec.subjectTypes.includes(subjectType)) return false
  if (kind && spec.accountKinds && !spec.accountKinds.includes(kind)) return false
  return true
}

/**
 * Whether `spec` is asked of this subject type / account kind in this jurisdiction: hidden
 * where it does not apply, else the city's rule for a configurable field, else the default.
 */
export function fieldPresence(spec: FieldSpec, subjectType: SubjectType | undefined, config: FieldsConfig, kind?: AccountKind): Presence {
  if (!fieldApplies(spec, subjectType, kind)) return 'hidden'
  const rule = config.fields[spec.path]?.presence
  return rule && spec.configurable ? rule : spec.presence
}

/** The label people read for this field in this city (the catalogue's unless the city renames it). */
export function fieldLabelIn(spec: FieldSpec, config: FieldsConfig): string {
  return config.fields[spec.path]?.label ?? spec.label
}

/** The help text under the field in this city, if any. */
export function fieldHelp(spec: FieldSpec, config: FieldsConfig): string | undefined {
  return config.fields[spec.path]?.help ?? spec.help
}

/** The catalogue fields the wizard renders itself for one group (and account kind), in order, as this city asks them. */
export function askedFields(g: FieldGroup, subjectType: SubjectType | undefined, config: FieldsConfig, kind?: AccountKind, values: Readonly<Record<string, unknown>> = {}): FieldSpec[] {
  return fieldsOf(g).filter((f) => f.input !== undefined && fieldPresence(f, subjectType, config, kind) !== 'hidden' && (!f.when || f.when(values)))
}

/** A stored option value as it reads ('weekly' → '每周更新'). */
export function optionLabel(spec: Pick<FieldSpec, 'options'>, value: unknown): string | undefined {
  return spec.options?.find((o) => o.value === value)?.label
}

/**
 * What is wrong with a city's field rules: unknown paths, and presence set on a field that
 * is not configurable. Every jurisdiction config must come back [] (core tests check).
 */
export function fieldRuleProblems(config: FieldsConfig): string[] {
  const problems: string[] = []
  for (const [path, rule] of Object.entries(config.fields)) {
    const spec = findField(path)
    if (!spec) problems.push(`fields.${path}: 字段目录中没有这个字段`)
    else if (rule.presence && !spec.configurable) problems.push(`fields.${path}: 该字段是否填写由备案规则决定，不能按城市调整`)
  }
  return problems
}
