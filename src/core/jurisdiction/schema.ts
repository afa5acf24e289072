/**
 * Jurisdiction config: everything that differs between city offices. Core code reads
 * only this object, never a city name literal, so a new office is a new config file.
 */
import { z } from 'zod'
import { isIsoDate } from '../local-time'

const isoDate = z.string().refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' })
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')

export const TownSchema = z.object({
  /** Stable code used in stored data (e.g. the 9-digit township code). */
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(30),
  /** Forms people write in account names, e.g. '三埠' for '三埠街道'. */
  shortNames: z.array(z.string().min(1).max(30)).default([])
})
export type Town = z.infer<typeof TownSchema>

export const PlatformSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, '平台代码应为小写字母、数字或下划线'),
  name: z.string().min(1).max(20),
  /**
   * Accounts with at least this many followers must file; null = no threshold. The notice
   * says "粉丝量5000以上", and in Chinese legal usage "以上" includes the number itself
   * (民法典 第1259条), so exactly 5000 followers is in.
   */
  followerThreshold: z.number().int().nonnegative().nullable().default(null)
})
export type Platform = z.infer<typeof PlatformSchema>

export const OfficeHoursSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday. */
    weekdays: z.array(z.number().int().min(0).max(6)).min(1),
    from: hhmm,
    to: hhmm
  })
  .refine((h) => h.from < h.to, { message: '办公时间的开始应早于结束' })
export type OfficeHours = z.infer<typeof OfficeHoursSchema>

export const HolidayOverrideSchema = z.object({
  holidays: z.array(isoDate).default([]),
  /** Make-up working days (调休) that fall on weekends. */
  workdays: z.array(isoDate).default([])
})

/**
 * Literal text plus exactly one {year} and one {seq} / {seq:N} token (see filing-number.ts).
 * Sequences restart every year, so the year must be part of the number to keep it unique.
 */
export function serialFormat(label: string) {
  return z
    .string()
    .min(3)
    .max(60)
    .refine((f) => (f.match(/\{seq(:\d{1,2})?\}/g) ?? []).length === 1, { message: `${label}格式须且只能包含一个 {seq} 或 {seq:N}` })
    .refine((f) => (f.match(/\{year\}/g) ?? []).length === 1, { message: `${label}格式须且只能包含一个 {year}` })
    .refine((f) => !/\{(?!year\}|seq(:\d{1,2})?\})/.test(f), { message: `${label}格式只支持 {year}、{seq}、{seq:N}` })
}

/**
 * Supervision (监管): readable serials and the working-day rules of urging and rectification.
 * Every value has a default, so a config written before supervision existed still parses.
 */
export const SupervisionConfigSchema = z
  .object({
    /** 受理编号 of a public report, read out on the phone: 'JB-2026-000123'. */
    receiptFormat: serialFormat('受理编号').default('JB-{year}-{seq:6}'),
    /** 案件编号 of a case file. */
    caseFormat: serialFormat('案件编号').default('AJ-{year}-{seq:4}'),
    /** 文号 of the generated 约谈通知书 and 整改通知书. */
    summonNoticeFormat: serialFormat('约谈通知书文号').default('约谈〔{year}〕{seq}号'),
    orderNoticeFormat: serialFormat('整改通知书文号').default('整改〔{year}〕{seq}号'),
    /** Working days an urged operator is given to file (督促), and a rectification order's default. */
    urgeWorkingDays: z.number().int().min(1).max(60).default(10),
    rectifyWorkingDays: z.number().int().min(1).max(90).default(15),
    /** A reminder goes out this many working days before each deadline. */
    reminderWorkingDaysBefore: z.number().int().min(0).max(10).default(2)
  })
  .default({})
export type SupervisionConfig = z.infer<typeof SupervisionConfigSchema>

/**
 * One city's rule for one catalogue field (key: the catalogue path, e.g. 'accounts.*.psbNumber'):
 * whether it is asked (required / optional / hidden: only for fields the catalogue marks
 * configurable), and the label and help text people see. `fieldRuleProblems` checks the keys.
 */
export const FieldRuleSchema = z
  .object({
    presence: z.enum(['required', 'optional', 'hidden']).optional(),
    label: z.string().min(1).max(30).optional(),
    help: z.string().min(1).max(120).optional()
  })
  .strict()
export type FieldRule = z.infer<typeof FieldRuleSchema>

export const JurisdictionConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/),
    cityName: z.string().min(2).max(20),
    cityShortNames: z.array(z.string().min(1).max(20)).default([]),
    province: z.string().min(2).max(20),
    /** Administrative division code prefix, used only for hints (e.g. "ID issued locally"). */
    regionCodePrefix: z.string().regex(/^\d{2,6}$/),
    towns: z.array(TownSchema).min(1),
    /** Editable list: villages, landmarks, old names and aliases that mark an account as local. */
    placeMarkers: z.array(z.string().min(1).max(30)).default([]),
    /**
     * Markers that are also common words or other places' names (长沙 is also Hunan's capital).
     * A match on these alone is a hint ('suggested'), not a certainty ('must').
     */
    ambiguousMarkers: z.array(z.string().min(1).max(30)).default([]),
    office: z.object({
      name: z.string().min(2).max(40),
      shortName: z.string().min(2).max(20),
      contactPerson: z.string().min(1).max(20),
      email: z.string().email(),
      phone: z.string().min(5).max(30),
      address: z.string().max(100).optional(),
      /** A local landline as forms show it for an example: the city's own area code, a dash, the number. */
      landlineExample: z.string().regex(/^0\d{2,3}-[1-9]\d{6,7}$/, '固定电话示例应形如“区号-号码”，区号以0开头').optional(),
      hours: z.array(OfficeHoursSchema).min(1)
    }),
    campaign: z
      .object({ start: isoDate, end: isoDate })
      .refine((c) => c.start <= c.end, { message: '集中登记开始日期应不晚于结束日期' }),
    newAccountDeadlineWorkingDays: z.number().int().positive().max(365),
    platforms: z.array(PlatformSchema).min(1),
    /** Per-field rules over the field catalogue's defaults (see schemas/catalogue.ts). */
    fields: z.record(z.string().max(80), FieldRuleSchema).default({}),
    filingNumber: z.object({
      /**
       * Template: literal text plus tokens {year} (4 digits) and {seq:N} (sequence,
       * zero-padded to N digits; {seq} = unpadded). Example '开网备{year}{seq:6}' →
       * '开网备2024000123'. Exactly one {year} and one {seq…} token.
       */
      format: serialFormat('备案号')
    }),
    /** Watermark on ID photos; {office} is replaced by the office name. */
    watermarkText: z.string().min(2).max(60),
    reviewWorkingDays: z.number().int().positive().max(60),
    /**
     * A returned filing is corrected within this many working days (the fix-by date shown to the
     * applicant and in the 补正提醒), and reminded this many working days before it.
     */
    correction: z
      .object({ workingDays: z.number().int().positive().max(90), remindWorkingDaysBefore: z.number().int().min(0).max(30) })
      .default({ workingDays: 15, remindWorkingDaysBefore: 3 })
      .refine((c) => c.remindWorkingDaysBefore < c.workingDays, { message: '补正提醒应早于补正期限' }),
    timezone: z.string().min(3).default('Asia/Shanghai'),
    /** Holiday table for years the bundled calendar does not know (takes precedence). */
    holidayOverrides: z.record(z.string().regex(/^\d{4}$/), HolidayOverrideSchema).default({}),
    retention: z.object({
      /** Drafts untouched this long are deleted. */
      abandonedDraftDays: z.number().int().positive(),
      /** Photos of withdrawn or rejected filings are deleted after this many days. */
      closedFilingFileDays: z.number().int().positive(),
      /**
       * An upload, or a stored photo that no filing references (retaken, abandoned on the phone),
       * is deleted this many hours after it was made.
       */
      unreferencedUploadHours: z.number().int().positive().max(24 * 7).default(24),
      /** Exports are deleted this many minutes after they are made, if not delivered sooner (≤ 24 h). */
      exportMinutes: z.number().int().positive().max(24 * 60).default(60)
    }),
    /** Per-applicant upload quota: photos one person may upload in any 24 hours. */
    uploads: z.object({ perApplicantPerDay: z.number().int().positive().max(1000).default(60) }).default({}),
    supervision: SupervisionConfigSchema
  })
  .superRefine((c, ctx) => {
    const codes = c.platforms.map((p) => p.code)
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['platforms'], message: '平台代码不能重复' })
    if (!codes.includes('other')) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['platforms'], message: '平台列表须包含代码为 other 的“其他”' })
    const towns = c.towns.map((t) => t.code)
    if (new Set(towns).size !== towns.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['towns'], message: '镇街代码不能重复' })
  })

export type JurisdictionConfig = z.infer<typeof JurisdictionConfigSchema>
/** What a config file is written as (defaults may be omitted). */
export type JurisdictionConfigInput = z.input<typeof JurisdictionConfigSchema>

/** '仅供开平市互联网信息办公室账号备案使用' */
export function watermarkFor(config: JurisdictionConfig): string {
  return config.watermarkText.split('{office}').join(config.office.name)
}

/** The landline example forms show: the config's, else the office phone's area code with a sample number. */
export function landlineExample(config: JurisdictionConfig): string {
  if (config.office.landlineExample !== undefined) return config.office.landlineExample
  const area = /^(0\d{2,3})[-\s]?\d{7,8}/.exec(config.office.phone.trim())?.[1]
  return area === undefined ? '区号-电话号码' : `${area}-${area.length === 3 ? '12345678' : '1234567'}`
}

export function findPlatform(config: JurisdictionConfig, code: string): Platform | undefined {
  return config.platforms.find((p) => p.code === code)
}

export function findTown(config: JurisdictionConfig, code: string): Town | undefined {
  return config.towns.find((t) => t.code === code)
}
