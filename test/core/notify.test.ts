import fc from 'fast-check'
import { buildStatusMessage, fitCharacterString, fitPhrase, fitThing, fitTime, kaipingConfig, type TransitionEvent } from '@/core'
import { shundeConfig } from './support/shunde'

const event = (overrides: Partial<TransitionEvent> = {}): TransitionEvent => ({
  action: 'approve',
  from: 'submitted',
  to: 'approved',
  actorRole: 'reviewer',
  actorOpenid: 'o-staff',
  at: '2024-03-15T02:05:00.000Z',
  filingNumber: '开网备2024000123',
  ...overrides
})

const cp = (s: string) => Array.from(s).length

describe('fit helpers', () => {
  it('when text is too long, then thing keeps 20 code points ending with …', () => {
    const r = fitThing('开'.repeat(30))
    expect(cp(r)).toBe(20)
    expect(r.endsWith('…')).toBe(true)
  })

  it('when text contains emoji or control characters, then they are removed without splitting pairs', () => {
    expect(fitThing('开平美食🍜🍜\n日记')).toBe('开平美食 日记')
    expect(fitThing('𠮷'.repeat(25))).toBe('𠮷'.repeat(19) + '…') // astral CJK is kept whole
  })

  it('when a phrase has non-Chinese characters or is long, then only 5 Chinese characters remain', () => {
    expect(fitPhrase('变更审核中啦')).toBe('变更审核中')
    expect(fitPhrase('OK已通过!')).toBe('已通过')
    expect(fitPhrase('')).toBe('无')
  })

  it('when a character_string has Chinese, then only ASCII is kept, at most 32', () => {
    expect(fitCharacterString('开网备2024000123')).toBe('2024000123')
    expect(fitCharacterString('a'.repeat(40))).toHaveLength(32)
    expect(fitCharacterString('备案')).toBe('-')
  })

  it('when a time is given, then it is formatted in Shanghai time', () => {
    expect(fitTime('2024-03-14T16:30:00Z')).toBe('2024-03-15 00:30')
    expect(fitTime('not a date')).toBe('')
  })

  it('property: any input fits every field type and nothing throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constant(''), fc.constant('🍜'.repeat(50))), (s) => {
        const thing = fitThing(s)
        expect(cp(thing)).toBeLessThanOrEqual(20)
        expect(thing.length).toBeGreaterThan(0)
        expect(thing).not.toMatch(/[\u0000-\u001f]/)
        // No lone surrogates: every UTF-16 high surrogate is followed by a low one.
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/.test(thing)).toBe(false)
        const phrase = fitPhrase(s)
        expect(phrase).toMatch(/^[\u4e00-\u9fff]{1,5}$/)
        expect(fitCharacterString(s)).toMatch(/^[\x21-\x7e]{1,32}$/)
      }),
      { numRuns: 500 }
    )
  })
})

describe('buildStatusMessage', () => {
  it('when a filing is approved, then the Kaiping template gets account, status, time, remark and number', () => {
    const m = buildStatusMessage(event(), { id: 'f 1', accountNames: ['开平美食'] }, kaipingConfig, 'TMPL')
    expect(m).toEqual({
      templateId: 'TMPL',
      page: 'packages/filing/pages/detail/index?id=f%201',
      data: {
        thing1: { value: '开平美食' },
        phrase2: { value: '已通过' },
        time3: { value: '2024-03-15 10:05' },
        thing4: { value: '备案号：开网备2024000123' },
        character_string5: { value: '2024000123' }
      }
    })
  })

  it('when several accounts with long names are in the filing, then the count stays visible', () => {
    const m = buildStatusMessage(event(), { id: 'x', accountNames: ['开平碉楼文化旅游美食生活资讯每日精选', 'b', 'c'] }, kaipingConfig, 'T')
    expect(m.data.thing1.value).toMatch(/…等3个账号$/)
    expect(cp(m.data.thing1.value)).toBeLessThanOrEqual(20)
  })

  it('when returned, then the remark counts the problems and names the first', () => {
    const m = buildStatusMessage(
      event({ action: 'return', to: 'returned', filingNumber: undefined, reasons: [{ field: 'documents.id_front', reason: '模糊' }, { field: 'subject.name', reason: 'x' }] }),
      { id: 'x', accountNames: ['a'] },
      kaipingConfig,
      'T'
    )
    expect(m.data.phrase2.value).toBe('已退回')
    expect(m.data.thing4.value).toBe('需修改2项：身份证人像面')
    expect(m.data.character_string5.value).toBe('-')
  })

  it('when an amendment is rejected, then the message says the old filing still stands', () => {
    const m = buildStatusMessage(event({ action: 'reject', from: 'amending', to: 'approved', reason: '材料不符' }), { id: 'x', accountNames: ['a'], filingNumber: '开网备2024000001' }, kaipingConfig, 'T')
    expect(m.data.phrase2.value).toBe('变更未通过')
    expect(m.data.thing4.value).toBe('变更未通过，原备案继续有效')
  })

  it('when another jurisdiction maps other field keys, then only those are sent', () => {
    const m = buildStatusMessage(event({ action: 'reject', to: 'rejected', reason: '不属于本区管辖范围，请向注册地网信部门备案' }), { id: 'x', accountNames: ['a'] }, shundeConfig, 'T')
    expect(Object.keys(m.data).sort()).toEqual(['date2', 'phrase1', 'thing3'])
    expect(m.data.thing3.value).toBe('理由：不属于本区管辖范围，请向注册地网…')
    expect(cp(m.data.thing3.value)).toBe(20)
  })

  it('property: whatever the event texts and names, every value respects its field limits', () => {
    const actions = ['submit', 'withdraw', 'resubmit', 'approve', 'return', 'reject', 'amend', 'cancel', 'delete'] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.array(fc.fullUnicodeString({ maxLength: 60 }), { maxLength: 5 }),
        fc.fullUnicodeString({ maxLength: 600 }),
        fc.option(fc.fullUnicodeString({ maxLength: 80 }), { nil: undefined }),
        (action, names, reason, number) => {
          const m = buildStatusMessage(
            event({ action, reason, filingNumber: number, reasons: [{ field: 'accounts.3.followers', reason }] }),
            { id: 'id', accountNames: names },
            kaipingConfig,
            'T'
          )
          expect(cp(m.data.thing1.value)).toBeLessThanOrEqual(20)
          expect(m.data.phrase2.value).toMatch(/^[\u4e00-\u9fff]{1,5}$/)
          expect(m.data.time3.value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
          expect(cp(m.data.thing4.value)).toBeLessThanOrEqual(20)
          expect(m.data.character_string5.value).toMatch(/^[\x21-\x7e]{1,32}$/)
        }
      ),
      { numRuns: 300 }
    )
  })
})
