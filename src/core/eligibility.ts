/**
 * "Do I have to file?" Decides from a few answers, quoting the notice's conditions.
 *
 * Semantics:
 * - Not in scope (no condition met) → 'none'.
 * - In scope, on a platform with a follower threshold, with fewer followers → 'suggested':
 *   the notice makes filing mandatory only above the threshold, but filing is open to all and
 *   earns training and events (notice §6.7); an account crossing the threshold must file then.
 * - In scope, followers unknown on a thresholded platform → 'suggested' with a request to check.
 * - A previously filed account whose details changed → 'must' regardless of followers: the
 *   register must stay accurate (condition 4).
 * - Only an ambiguous place marker (长沙 is also Hunan's capital) and no other condition →
 *   'suggested', explaining that it is required if the name refers to the local place.
 * - Otherwise in scope → 'must'. "5000以上" includes 5000 (Chinese legal usage, 民法典 第1259条).
 */
import type { JurisdictionConfig } from './jurisdiction/schema'
import { localDate } from './local-time'
import { detectPlaceNames } from './place-names'
import { filingDueDate } from './deadlines'

export { EligibilityAnswersSchema, ELIGIBILITY_LABELS, type EligibilityAnswers, type EligibilityLabel, type EligibilityVerdict } from './schemas/eligibility-answers'
import { ELIGIBILITY_LABELS, type EligibilityAnswers, type EligibilityLabel, type EligibilityVerdict } from './schemas/eligibility-answers'

export interface EligibilityResult {
  verdict: EligibilityVerdict
  label: EligibilityLabel
  reasons: string[]
  placeNames: string[]
  /** platform = config code; below = known follower count under the threshold. */
  threshold?: { platform: string; platformName: string; required: number; actual: number | null; below: boolean }
  dueDate?: string
  /** The due date has passed (in the jurisdiction's calendar): file at once. */
  overdue?: boolean
}

export function checkEligibility(answers: EligibilityAnswers, config: JurisdictionConfig, now: Date): EligibilityResult {
  const city = config.cityName
  const placeNames = answers.accountName ? detectPlaceNames(answers.accountName, config) : []
  const strongPlaces = placeNames.filter((p) => !config.ambiguousMarkers.includes(p))

  // Conditions of the notice, in its wording with the city's name.
  const met: string[] = []
  if (answers.registeredInCity) met.push(`属于${city}范围内以个人或公司名义注册开办的网站、APP和自媒体账号（登记备案条件第1条）`)
  if (strongPlaces.length > 0) met.push(`账号名称中包含“${strongPlaces.join('、')}”，属于名称含有${city}及各镇（街道）、村（社区）名称或其他显著地域特征的账号（登记备案条件第2条）`)
  if (answers.publishesLocalNews) met.push(`通过网络媒体平台账号在${city}行政区域内发布新闻信息、热点资讯、提供信息服务（登记备案条件第3条）`)
  if (answers.previouslyFiledAndChanged) met.push('原来备案过，备案信息有更改（登记备案条件第4条）')
  if (answers.operatorLivesInCity) met.push(`注册者、管理者、使用者其中之一长居${city}内（登记备案对象）`)
  if (answers.contentMostlyLocal) met.push(`发布内容大部分涉及${city}相关信息（登记备案对象）`)

  const ambiguousOnly = met.length === 0 && placeNames.length > 0
  if (met.length === 0 && !ambiguousOnly) {
    return {
      verdict: 'none',
      label: '无需备案',
      reasons: [`不符合${city}登记备案的任何一项条件：非本市注册开办、名称不含本地地名、不发布本地资讯、运营者不长居本市、内容不以本市为主。情况变化时请重新判断。`],
      placeNames
    }
  }

  const platform = answers.platform ? config.platforms.find((p) => p.code === answers.platform) : undefined
  const required = platform?.followerThreshold ?? null
  const actual = answers.followers ?? null
  const threshold =
    platform && required !== null ? { platform: platform.code, platformName: platform.name, required, actual, below: actual !== null && actual < required } : undefined

  let verdict: EligibilityVerdict = 'must'
  const reasons = [...met]
  if (ambiguousOnly) {
    verdict = 'suggested'
    reasons.push(`账号名称中的“${placeNames.join('、')}”也可能指其他地方；如指${city}的地名，须备案`)
  }
  if (threshold && !answers.previouslyFiledAndChanged) {
    if (threshold.actual === null) {
      verdict = 'suggested'
      reasons.push(`${threshold.platformName}账号粉丝量${required}以上的须备案，请填写当前粉丝数以便判断`)
    } else if (threshold.below) {
      verdict = 'suggested'
      reasons.push(`${threshold.platformName}账号粉丝量${required}以上的须备案；您的账号目前${threshold.actual}个粉丝，暂未达到，可自愿备案，超过后须及时备案`)
    } else {
      reasons.push(`${threshold.platformName}账号粉丝量${required}以上的须备案；您的账号有${threshold.actual}个粉丝，已达到`)
    }
  }

  const result: EligibilityResult = { verdict, label: ELIGIBILITY_LABELS[verdict], reasons, placeNames }
  if (threshold) result.threshold = threshold
  if (verdict === 'must') {
    const due = dueDateFor(answers.openedOn, config, now)
    if (due) {
      result.dueDate = due
      result.overdue = due < localDate(now, config.timezone)
      reasons.push(
        due === config.campaign.end
          ? `请在集中登记备案期间（截至${due}）完成备案`
          : `新开通的账号应在开通后${config.newAccountDeadlineWorkingDays}个工作日内（${due}前）完成备案`
      )
    }
  }
  return result
}

/**
 * With an opening date: the filing due date. Without one, only while the campaign has not
 * ended can we tell (its last day); afterwards the due date depends on the opening date.
 */
function dueDateFor(openedOn: string | undefined, config: JurisdictionConfig, now: Date): string | undefined {
  if (openedOn) return filingDueDate(openedOn, config)
  return localDate(now, config.timezone) <= config.campaign.end ? config.campaign.end : undefined
}
