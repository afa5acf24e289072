import { DraftContentSchema, draftFromSelfCheck, FilingContentSchema, withBasisVerdict, kaipingConfig } from '@/core'
import { filing } from './support/factories'

const ANSWERS = {
  registeredInCity: true,
  operatorLivesInCity: false,
  publishesLocalNews: false,
  contentMostlyLocal: false,
  previouslyFiledAndChanged: false,
  accountName: '开平美食探店',
  platform: 'douyin',
  followers: 3000,
  openedOn: '2024-02-01'
}

describe('the self-check as the filing’s basis', () => {
  it('when the wizard starts from a self-check, then the draft holds the basis and the account it asked about', () => {
    const d = draftFromSelfCheck(ANSWERS, '2024-03-15T02:00:00.000Z', 'acc-1')
    expect(d.accounts).toEqual([{ kind: 'self_media', id: 'acc-1', platform: 'douyin', accountName: '开平美食探店', followers: 3000, openedOn: '2024-02-01' }])
    expect(d.basis).toEqual({ answers: ANSWERS, checkedAt: '2024-03-15T02:00:00.000Z' })
    expect(DraftContentSchema.safeParse(d).success).toBe(true)
    expect(draftFromSelfCheck({ ...ANSWERS, platform: undefined, accountName: undefined }, '2024-03-15T02:00:00.000Z', 'acc-1').accounts).toEqual([])
  })

  it('when the verdict is sealed, then it is the rule’s answer at the time of the check, whatever the client wrote', () => {
    const content = { ...filing(), basis: { answers: ANSWERS, checkedAt: '2024-03-15T02:00:00.000Z', verdict: 'must' as const, reasons: ['客户端写的'] } }
    const sealed = withBasisVerdict(content, kaipingConfig)
    expect(sealed.basis?.verdict).toBe('suggested') // 3,000 followers on 抖音: under the 5,000 threshold
    expect(sealed.basis?.reasons?.some((r) => r.includes('暂未达到'))).toBe(true)
    expect(sealed.basis?.reasons).not.toContain('客户端写的')
    expect(withBasisVerdict(filing(), kaipingConfig)).toEqual(filing())
    expect(FilingContentSchema.safeParse(sealed).success).toBe(true)
  })
})
