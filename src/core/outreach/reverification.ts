/**
 * Periodic re-verification (年度核验): an admin opens a round with a deadline (a working day);
 * every filed operator is reminded on working days before it (the holiday calendar decides which
 * days those are), confirms their filing or changes it (a change is the lifecycle's normal
 * amendment), and submits the 自查自纠 checklist with a renewed commitment. After the deadline
 * those who did nothing are listed and handed to supervision as leads. Pure: `now` is passed in.
 */
import { z } from 'zod'
import { addWorkingDays } from '../calendar'
import { localDate } from '../local-time'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { MessageRequest } from '../notifications/policy'
import { pagePath } from '../routes'
import { note, optionalNote } from '../supervision/common'
import { checkDeadline } from '../supervision/deadlines'

type CalendarConfig = Pick<JurisdictionConfig, 'holidayOverrides' | 'timezone'>

/** Reminders fall this many working days before the deadline (the last one the working day before it). */
export const REVERIFY_REMINDER_WORKING_DAYS = [5, 1] as const

/** The 自查自纠 items the notice lists. */
export const SELF_INSPECTION_ITEMS = [
  { key: 'rumours', label: '是否发布谣言和虚假信息' },
  { key: 'unverified', label: '是否发布未经核实或未取得资质的信息（如新闻信息、医疗、金融等）' },
  { key: 'staff', label: '是否落实账号运营人员管理和内容审核制度' }
] as const
export type SelfInspectionKey = (typeof SELF_INSPECTION_ITEMS)[number]['key']

const Finding = z
  .object({
    ok: z.boolean({ required_error: '请逐项选择自查结果', invalid_type_error: '自查结果应为是或否' }),
    /** What was found and put right, when not ok. */
    fix: optionalNote('整改情况', 200)
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!f.ok && f.fix.length < 5) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['fix'], message: '发现问题的，请填写整改情况（至少5个字）' })
  })

export const SelfInspectionSchema = z
  .object({
    rumours: Finding,
    unverified: Finding,
    staff: Finding,
    commitment: z.literal(true, { errorMap: () => ({ message: '请阅读并勾选《信息真实性承诺》，重新作出承诺' }) })
  })
  .strict()
export type SelfInspection = z.infer<typeof SelfInspectionSchema>

export const RoundInputSchema = z.object({ title: note('核验名称', 40, 2), deadline: z.string({ required_error: '请选择截止日期' }) }).strict()
export type RoundInput = z.infer<typeof RoundInputSchema>

/** A round's deadline: a working day after today, within a year (the supervision rule). */
export function checkRoundDeadline(deadline: string, now: Date, config: CalendarConfig) {
  return checkDeadline(deadline, now, config, '核验截止日期')
}

/** The local days a round reminds on: working days before the deadline, after the opening day. */
export function roundReminderDays(openedOn: string, deadline: string, config: CalendarConfig): string[] {
  const days = REVERIFY_REMINDER_WORKING_DAYS.map((n) => addWorkingDays(deadline, -n, config)).filter((d) => d > openedOn)
  return [...new Set(days)].sort()
}

/** Which reminder day is due today (at most one a day), or null; `sent` are the days already reminded. */
export function roundReminderDue(reminderDays: readonly string[], sent: readonly string[], now: Date, config: CalendarConfig): string | null {
  const today = localDate(now, config.timezone)
  return reminderDays.includes(today) && !sent.includes(today) ? today : null
}

/** The deadline has passed: the day after it has begun locally. */
export function roundClosed(deadline: string, now: Date, config: CalendarConfig): boolean {
  return localDate(now, config.timezone) > deadline
}

export const ENTRY_STATUSES = ['pending', 'confirmed', 'amended', 'lead'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]
export const ENTRY_STATUS_LABELS: Readonly<Record<EntryStatus, string>> = { pending: '未核验', confirmed: '已确认', amended: '已提交变更', lead: '逾期未核验（已转线索）' }

/** The reminder: a 到期提醒 against the operator's credit. */
export function reverifyReminderRequest(e: { openid: string; accountName: string; deadline: string; title: string }): MessageRequest {
  return {
    kind: 'reverifyReminder',
    openid: e.openid,
    page: pagePath('filings'),
    values: { deadlineReminder: { accountName: e.accountName, deadline: e.deadline, remark: `${e.title}：请确认或更新备案信息并完成自查自纠` } }
  }
}
