/** Core rules of 评优, upkeep prompts and the directory: pure, with `now` passed in. */
import {
  awardEligibility,
  changeDue,
  changeSchedule,
  checkEligibility,
  crossingPrompt,
  DIRECTORY_COLUMNS,
  kaipingConfig,
  nominationStep,
  type ComplianceFacts
} from '../../src/core'

const good: ComplianceFacts = { openCases: 0, filedLate: false, reverification: 'done', attended: 2 }

describe('评优 eligibility', () => {
  it('when every criterion holds, then the operator qualifies; when any one fails, then they do not, and that reason says why', () => {
    expect(awardEligibility(good).eligible).toBe(true)
    const flips: Array<[Partial<ComplianceFacts>, string, string]> = [
      [{ openCases: 1 }, 'noOpenCases', '有1件监管案件尚未结案'],
      [{ filedLate: true }, 'filedOnTime', '曾逾期备案'],
      [{ reverification: 'pending' }, 'reverified', '本次年度核验尚未完成'],
      [{ reverification: 'lead' }, 'reverified', '年度核验逾期未响应'],
      [{ attended: 0 }, 'attended', '参加活动不足1次']
    ]
    for (const [over, criterion, text] of flips) {
      const e = awardEligibility({ ...good, ...over })
      expect([e.eligible, e.reasons.filter((r) => !r.met)]).toEqual([false, [{ criterion, met: false, text }]])
    }
    expect(awardEligibility({ ...good, reverification: 'none' }).eligible).toBe(true)
  })

  it('when staff nominate and record results, then a nomination needs a qualifying candidate and comes once, and a result needs a nomination and comes once', () => {
    expect(nominationStep(null, 'nominated', true)).toEqual({ ok: true })
    expect(nominationStep(null, 'nominated', false)).toMatchObject({ ok: false })
    expect(nominationStep('nominated', 'nominated', true)).toMatchObject({ ok: false })
    expect(nominationStep(null, 'awarded', true)).toMatchObject({ ok: false })
    expect(nominationStep('nominated', 'not-awarded', false)).toEqual({ ok: true })
    expect(nominationStep('awarded', 'not-awarded', true)).toMatchObject({ ok: false })
  })
})

describe('crossing the follower threshold', () => {
  const now = new Date('2024-03-04T02:00:00.000Z')
  const answers = (followers: number) => ({ registeredInCity: true, operatorLivesInCity: true, platform: 'douyin', followers, publishesLocalNews: false, contentMostlyLocal: true, previouslyFiledAndChanged: false })
  it('when a count under 5,000 is followed by 5,000 or more, then a prompt; under, equal before, or unknown before, then none', () => {
    expect(crossingPrompt(4999, checkEligibility(answers(5000), kaipingConfig, now))).toMatchObject({ threshold: 5000, followers: 5000 })
    expect(crossingPrompt(800, checkEligibility(answers(4999), kaipingConfig, now))).toBeNull()
    expect(crossingPrompt(5000, checkEligibility(answers(9000), kaipingConfig, now))).toBeNull()
    expect(crossingPrompt(null, checkEligibility(answers(9000), kaipingConfig, now))).toBeNull()
  })
})

describe('a change due in 30 working days', () => {
  it('when reported on Monday 25 March 2024, then due on 9 May (清明, 劳动节 off; 7 and 28 April worked) with the reminder on 29 April', () => {
    expect(changeSchedule(new Date('2024-03-25T02:00:00.000Z'), kaipingConfig)).toEqual({ reportedOn: '2024-03-25', dueOn: '2024-05-09', remindOn: '2024-04-29' })
  })

  it('when the days pass, then nothing before the reminder day, one reminder from it on, a lead after the due day, and nothing once settled', () => {
    const c = { dueOn: '2024-05-09', remindOn: '2024-04-29', remindedAt: null, leadAt: null, resolvedAt: null }
    const at = (iso: string, over = {}) => changeDue({ ...c, ...over }, new Date(iso), kaipingConfig)
    expect(at('2024-04-28T02:00:00.000Z')).toBe('none')
    expect(at('2024-04-29T02:00:00.000Z')).toBe('remind')
    expect(at('2024-04-30T02:00:00.000Z', { remindedAt: '2024-04-29T02:00:00.000Z' })).toBe('none')
    expect(at('2024-05-09T15:59:00.000Z')).toBe('remind')
    expect(at('2024-05-09T16:00:00.000Z')).toBe('lead')
    expect(at('2024-05-20T02:00:00.000Z', { resolvedAt: '2024-05-01T00:00:00.000Z' })).toBe('none')
  })
})

describe('directory columns', () => {
  it('when a person is listed, then their name and phone are masked and no ID number column exists', () => {
    const row = Object.fromEntries(
      DIRECTORY_COLUMNS.map((c) => [
        c.key,
        c.value({
          filingNumber: '开网备2024000001',
          approvedAt: '2024-03-04T17:00:00.000Z',
          content: { subject: { type: 'individual', name: '张小明', phone: '13800138000', idNumber: '440783199001011230', town: '440783001' } } as never,
          account: { kind: 'self_media', id: 'a', platform: 'douyin', accountName: '开平美食探店', followers: 120000, category: '美食' } as never,
          config: kaipingConfig
        })
      ])
    )
    expect(row).toMatchObject({ subject: '张**', phone: '138****8000', followers: '10万至100万', platform: '抖音', approvedAt: '2024-03-05' })
    expect(JSON.stringify(row)).not.toMatch(/440783199001011230|张小明|13800138000/)
  })
})
