/**
 * The self-check's answers and verdict labels, apart from the rule itself (eligibility.ts, which
 * needs the holiday calendar) so a filing's content schema can hold them without the calendar.
 */
import { z } from 'zod'
import { isIsoDate } from '../local-time'
import { isoInstant } from './fields'

export const EligibilityAnswersSchema = z.object({
  registeredInCity: z.boolean({ required_error: '请选择是否在本市注册开办' }),
  operatorLivesInCity: z.boolean({ required_error: '请选择注册者、管理者或使用者是否长居本市' }),
  accountName: z.string().trim().max(50, '账号名称不能超过50个字').optional(),
  platform: z.string().max(32).optional(),
  followers: z.number().int('粉丝数应为整数').min(0, '粉丝数不能为负数').max(9_999_999_999).optional(),
  publishesLocalNews: z.boolean({ required_error: '请选择是否发布本地新闻资讯' }),
  contentMostlyLocal: z.boolean({ required_error: '请选择发布内容是否大部分与本市有关' }),
  previouslyFiledAndChanged: z.boolean({ required_error: '请选择是否曾经备案且信息有变更' }),
  openedOn: z.string().refine(isIsoDate, '开通日期格式应为 年-月-日').optional()
})
export type EligibilityAnswers = z.infer<typeof EligibilityAnswersSchema>

export type EligibilityVerdict = 'must' | 'suggested' | 'none'

export type EligibilityLabel = '须备案' | '建议备案' | '无需备案'

export const ELIGIBILITY_LABELS: Readonly<Record<EligibilityVerdict, EligibilityLabel>> = {
  must: '须备案',
  suggested: '建议备案',
  none: '无需备案'
}


/**
 * 备案依据: the self-check a filing started from — the answers, when, and (set by the server from
 * the answers, never taken from the client) the verdict and the notice's reasons.
 */
export const FilingBasisSchema = z.object({
  answers: EligibilityAnswersSchema,
  checkedAt: isoInstant('自查时间'),
  verdict: z.enum(['must', 'suggested', 'none']).optional(),
  reasons: z.array(z.string().max(300)).max(12).optional()
})
export type FilingBasis = z.infer<typeof FilingBasisSchema>
