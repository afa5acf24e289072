import { checkEligibility, detectPlaceNames, EligibilityAnswersSchema, kaipingConfig, type EligibilityAnswers } from '@/core'
import { shundeConfig } from './support/shunde'

const NOW_IN_CAMPAIGN = new Date('2024-01-05T02:00:00Z')
const NOW_AFTER = new Date('2024-03-15T02:00:00Z')

function answers(overrides: Partial<EligibilityAnswers> = {}): EligibilityAnswers {
  return {
    registeredInCity: false,
    operatorLivesInCity: false,
    publishesLocalNews: false,
    contentMostlyLocal: false,
    previouslyFiledAndChanged: false,
    ...overrides
  }
}

describe('detectPlaceNames', () => {
  it.each([
    ['粤开平美食', ['开平']],
    ['赤坎古镇日记', ['赤坎']],
    ['開平華僑', ['開平']],
    ['Hoiping Diaries', ['Hoiping']],
    ['开平碉楼与自力村', ['开平', '碉楼', '自力村']],
    ['三埠街道办', ['三埠']],
    ['广州美食', []]
  ])('when the name is %s, then it finds %j', (name, expected) => {
    expect(detectPlaceNames(name, kaipingConfig)).toEqual(expected)
  })

  it('when another jurisdiction is used, then its own towns and aliases are found and Kaiping is not', () => {
    expect(detectPlaceNames('容奇老街', shundeConfig)).toEqual(['容奇'])
    expect(detectPlaceNames('凤城美食', shundeConfig)).toEqual(['凤城'])
    expect(detectPlaceNames('开平美食', shundeConfig)).toEqual([])
  })
})

describe('checkEligibility', () => {
  it('when no condition is met, then no filing is needed', () => {
    const r = checkEligibility(answers({ accountName: '广州美食' }), kaipingConfig, NOW_AFTER)
    expect(r).toMatchObject({ verdict: 'none', label: '无需备案', placeNames: [] })
    expect(r.dueDate).toBeUndefined()
  })

  it('when the account is registered in the city on a platform without threshold, then it must file, quoting condition 1', () => {
    const r = checkEligibility(answers({ registeredInCity: true, platform: 'toutiao' }), kaipingConfig, NOW_IN_CAMPAIGN)
    expect(r.verdict).toBe('must')
    expect(r.label).toBe('须备案')
    expect(r.reasons[0]).toContain('开平市范围内以个人或公司名义注册开办')
    expect(r.threshold).toBeUndefined()
    expect(r.dueDate).toBe('2024-01-19')
  })

  it('when the name contains a local place name, then condition 2 applies and names the place', () => {
    const r = checkEligibility(answers({ accountName: '赤坎古镇日记', platform: 'baijiahao' }), kaipingConfig, NOW_IN_CAMPAIGN)
    expect(r.verdict).toBe('must')
    expect(r.placeNames).toEqual(['赤坎'])
    expect(r.reasons.join()).toContain('“赤坎”')
  })

  it.each([
    [5001, 'must', false],
    [5000, 'must', false], // "5000以上" includes 5000
    [4999, 'suggested', true],
    [0, 'suggested', true]
  ])('when a Douyin account in scope has %i followers, then the verdict is %s', (followers, verdict, below) => {
    const r = checkEligibility(answers({ operatorLivesInCity: true, platform: 'douyin', followers }), kaipingConfig, NOW_AFTER)
    expect(r.verdict).toBe(verdict)
    expect(r.threshold).toEqual({ platform: 'douyin', platformName: '抖音', required: 5000, actual: followers, below })
  })

  it('when the follower count is unknown on a thresholded platform, then filing is suggested and the count asked for', () => {
    const r = checkEligibility(answers({ contentMostlyLocal: true, platform: 'xiaohongshu' }), kaipingConfig, NOW_AFTER)
    expect(r.verdict).toBe('suggested')
    expect(r.threshold?.actual).toBeNull()
    expect(r.reasons.join()).toContain('请填写当前粉丝数')
  })

  it('when a previously filed account changed, then it must file whatever its followers', () => {
    const r = checkEligibility(answers({ previouslyFiledAndChanged: true, platform: 'douyin', followers: 10 }), kaipingConfig, NOW_AFTER)
    expect(r.verdict).toBe('must')
  })

  it('when the only hint is an ambiguous name like 长沙, then filing is suggested with an explanation', () => {
    const r = checkEligibility(answers({ accountName: '长沙美食探店', platform: 'toutiao' }), kaipingConfig, NOW_AFTER)
    expect(r.verdict).toBe('suggested')
    expect(r.placeNames).toEqual(['长沙'])
    expect(r.reasons.join()).toContain('也可能指其他地方')
  })

  it('when an account opened after the campaign, then the due date is 30 working days after opening', () => {
    const r = checkEligibility(answers({ registeredInCity: true, openedOn: '2024-01-22' }), kaipingConfig, NOW_AFTER)
    expect(r.dueDate).toBe('2024-03-07')
    expect(r.reasons.at(-1)).toContain('30个工作日')
  })

  it('when the due date has passed, then the result says it is overdue; on the due day itself it is not yet', () => {
    expect(checkEligibility(answers({ registeredInCity: true, openedOn: '2024-01-22' }), kaipingConfig, NOW_AFTER).overdue).toBe(true)
    // 2024-03-07 10:00 in Shanghai is the last day; 2024-03-06 23:30 UTC is already that day there.
    expect(checkEligibility(answers({ registeredInCity: true, openedOn: '2024-01-22' }), kaipingConfig, new Date('2024-03-06T23:30:00Z')).overdue).toBe(false)
    expect(checkEligibility(answers({ registeredInCity: true, openedOn: '2024-01-22' }), kaipingConfig, new Date('2024-03-07T16:30:00Z')).overdue).toBe(true)
  })

  it('when the campaign is over and no opening date is known, then no due date is claimed', () => {
    expect(checkEligibility(answers({ registeredInCity: true }), kaipingConfig, NOW_AFTER).dueDate).toBeUndefined()
  })

  it('when another jurisdiction has a 10,000 threshold, then 6,000 followers is below it there but above in Kaiping', () => {
    const a = answers({ operatorLivesInCity: true, platform: 'douyin', followers: 6000 })
    expect(checkEligibility(a, shundeConfig, NOW_AFTER).verdict).toBe('suggested')
    expect(checkEligibility(a, kaipingConfig, NOW_AFTER).verdict).toBe('must')
    expect(checkEligibility(a, shundeConfig, NOW_AFTER).reasons[0]).toContain('顺德区')
  })

  it('when answers come from the client, then the schema validates them', () => {
    expect(EligibilityAnswersSchema.safeParse(answers({ followers: -1 })).success).toBe(false)
    expect(EligibilityAnswersSchema.safeParse(answers({ openedOn: '2024-02-30' })).success).toBe(false)
    expect(EligibilityAnswersSchema.safeParse(answers()).success).toBe(true)
  })
})
