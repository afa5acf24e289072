/** What is filed: websites, apps and self-media accounts (自媒体账号). */
import { z } from 'zod'
import type { FieldIssue } from '../result'
import { accountKeyOf } from '../filing/accounts'
import { choice, domain, followers, icpNumber, isoDate, mobile, multilineText, optional, personName, text, url } from './fields'
import { appFilingNumber, count, flag, miniProgramAppId, miniProgramFilingNumber, packageName, psbNumber } from './register-fields'

const KIND_MESSAGE = '请选择类型（网站、APP、微信小程序或自媒体账号）'
export const AccountKindSchema = choice(['website', 'app', 'mini_program', 'self_media'], KIND_MESSAGE)
export type AccountKind = z.infer<typeof AccountKindSchema>

export const ACCOUNT_KIND_LABELS: Readonly<Record<AccountKind, string>> = {
  website: '网站',
  app: 'APP',
  mini_program: '微信小程序',
  self_media: '自媒体账号'
}

/** 认证类型 shown on the account's page. */
export const VERIFICATION_TYPES = ['personal', 'enterprise', 'institution', 'none'] as const
export const VERIFICATION_LABELS: Readonly<Record<(typeof VERIFICATION_TYPES)[number], string>> = {
  personal: '个人认证',
  enterprise: '企业认证',
  institution: '机构认证',
  none: '未认证'
}

export const UPDATE_FREQUENCIES = ['daily', 'weekly', 'monthly', 'irregular'] as const
export const UPDATE_FREQUENCY_LABELS: Readonly<Record<(typeof UPDATE_FREQUENCIES)[number], string>> = {
  daily: '每天更新',
  weekly: '每周更新',
  monthly: '每月更新',
  irregular: '不定期更新'
}

/**
 * Fields where the CAC's 2023 自媒体 notice asks for a qualification (新闻、金融、医疗、教育、司法).
 * 'none' = the account does not publish in them.
 */
export const REGULATED_FIELDS = ['none', 'news', 'finance', 'medicine', 'education', 'law'] as const
export type RegulatedField = (typeof REGULATED_FIELDS)[number]
export const REGULATED_FIELD_LABELS: Readonly<Record<RegulatedField, string>> = {
  none: '不涉及',
  news: '新闻',
  finance: '金融',
  medicine: '医疗卫生',
  education: '教育',
  law: '司法'
}

/** The person in charge of one account or site (per account, beside the filing's operator). */
const manager = {
  managerName: optional(personName('负责人姓名')),
  managerMobile: optional(mobile('负责人手机号码'))
}

export const CONTENT_CATEGORIES = [
  '新闻资讯',
  '本地生活',
  '政务',
  '教育',
  '美食',
  '旅游',
  '文化',
  '娱乐',
  '体育',
  '健康',
  '财经',
  '科技',
  '汽车',
  '房产',
  '电商',
  '其他'
] as const
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number]

/** Client-generated id (uuid) so edits and return reasons can point at one account. */
const accountId = () =>
  z.string({ required_error: '账号缺少编号，请删除后重新添加' }).min(1, '账号缺少编号，请删除后重新添加').max(64, '账号编号无效，请删除后重新添加')

export const WebsiteAccountSchema = z.object({
  kind: z.literal('website'),
  id: accountId(),
  name: text('网站名称', 50),
  url: optional(url('网站首页网址')),
  domain: optional(domain()),
  icpNumber: icpNumber(),
  psbNumber: optional(psbNumber()),
  hostingProvider: optional(text('接入服务商', 50)),
  serverLocation: optional(text('服务器所在地', 50)),
  interactive: optional(flag('是否提供交互式服务')),
  ...manager,
  emergencyName: optional(personName('应急联系人姓名')),
  emergencyMobile: optional(mobile('应急联系人手机号码')),
  openedOn: optional(isoDate('开通日期'))
})

export const AppAccountSchema = z.object({
  kind: z.literal('app'),
  id: accountId(),
  name: text('APP名称', 50),
  stores: z
    .array(text('应用商店名称', 30), { required_error: '请填写上架的应用商店', invalid_type_error: '请填写上架的应用商店' })
    .min(1, '请至少填写一个上架的应用商店（如 华为应用市场、App Store）')
    .max(20, '应用商店最多填写20个'),
  developer: text('APP开发者', 100),
  appFilingNumber: optional(appFilingNumber()),
  packageName: optional(packageName()),
  storeLinks: optional(z.array(url('应用商店链接'), { invalid_type_error: '应用商店链接格式不正确' }).max(10, '应用商店链接最多填写10个')),
  userCount: optional(count('用户量')),
  securityAssessed: optional(flag('是否已开展安全评估')),
  openedOn: optional(isoDate('上线日期'))
})

export const MiniProgramAccountSchema = z.object({
  kind: z.literal('mini_program'),
  id: accountId(),
  name: text('小程序名称', 50),
  appId: optional(miniProgramAppId()),
  mpFilingNumber: optional(miniProgramFilingNumber()),
  developer: text('小程序开发者', 100),
  openedOn: optional(isoDate('上线日期'))
})

export const SelfMediaAccountSchema = z.object({
  kind: z.literal('self_media'),
  id: accountId(),
  /** Platform code from the jurisdiction config, or 'other' with platformName. */
  platform: z.string({ required_error: '请选择账号所在平台' }).min(1, '请选择账号所在平台').max(32, '平台无效，请重新选择'),
  platformName: optional(text('平台名称', 20)),
  accountName: text('账号名称', 50),
  accountId: optional(text('账号ID', 64)),
  homepage: optional(url('账号主页链接')),
  followers: followers(),
  openedOn: isoDate('开通日期'),
  category: choice([...CONTENT_CATEGORIES], '请选择内容类别'),
  intro: optional(multilineText('账号简介', 200)),
  columns: optional(text('主要栏目', 100)),
  verification: optional(choice([...VERIFICATION_TYPES], '请选择认证类型')),
  ipLocation: optional(text('IP属地', 20)),
  updateFrequency: optional(choice([...UPDATE_FREQUENCIES], '请选择更新频率')),
  mcnName: optional(text('MCN或代运营机构', 100, 2)),
  liveStreaming: optional(flag('是否开展直播')),
  ...manager,
  regulatedField: optional(choice([...REGULATED_FIELDS], '请选择是否涉及新闻、金融、医疗、教育、司法领域')),
  qualification: optional(text('资质证书名称及编号', 100, 2))
})

export const AccountSchema = z
  .discriminatedUnion('kind', [WebsiteAccountSchema, AppAccountSchema, MiniProgramAccountSchema, SelfMediaAccountSchema], {
    errorMap: (issue, ctx) =>
      issue.code === z.ZodIssueCode.invalid_union_discriminator || issue.code === z.ZodIssueCode.invalid_type
        ? { message: KIND_MESSAGE }
        : { message: ctx.defaultError }
  })
  .superRefine((a, ctx) => {
    for (const i of accountIssues(a)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i.path], message: i.message })
  })
export type Account = z.infer<typeof AccountSchema>
export type WebsiteAccount = z.infer<typeof WebsiteAccountSchema>
export type AppAccount = z.infer<typeof AppAccountSchema>
export type SelfMediaAccount = z.infer<typeof SelfMediaAccountSchema>
export type MiniProgramAccount = z.infer<typeof MiniProgramAccountSchema>

export const MAX_ACCOUNTS = 50

/** Cross-field rules inside one account (paths relative to the account). */
export function accountIssues(a: Account): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (a.kind === 'website' && !a.url && !a.domain) {
    issues.push({ path: 'domain', message: '请填写网站域名或首页网址（至少一项）' })
  }
  if (a.kind === 'self_media') {
    if (a.platform === 'other' && !a.platformName) issues.push({ path: 'platformName', message: '选择“其他”平台时，请填写平台名称' })
    if (!a.accountId && !a.homepage) issues.push({ path: 'accountId', message: '请填写账号ID或账号主页链接（至少一项），便于核实账号' })
    if (a.regulatedField && a.regulatedField !== 'none' && !a.qualification) {
      issues.push({ path: 'qualification', message: `涉及${REGULATED_FIELD_LABELS[a.regulatedField]}领域的账号须填写资质证书名称及编号` })
    }
  }
  return issues
}

/** Identity of an account inside one filing, for duplicate detection (normalised: see accountKeyOf). */
export function accountKey(a: Account): string {
  return accountKeyOf(a) ?? `${a.kind}:`
}

/** Flags every later copy of an account already listed (paths relative to the filing). */
export function duplicateAccountIssues(accounts: readonly Account[]): FieldIssue[] {
  const seen = new Map<string, number>()
  const issues: FieldIssue[] = []
  accounts.forEach((a, i) => {
    const key = accountKey(a)
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, i)
      return
    }
    const field =
      a.kind === 'self_media' ? (a.accountId ? 'accountId' : a.homepage ? 'homepage' : 'accountName')
        : a.kind === 'website' ? (a.domain ? 'domain' : 'url')
          : a.kind === 'mini_program' && a.appId ? 'appId'
            : 'name'
    issues.push({ path: `accounts.${i}.${field}`, message: `与第${first + 1}个账号重复，请删除其中一个` })
  })
  return issues
}
