import fc from 'fast-check'
import {
  creditsGranted,
  filingMessage,
  fitCharacterString,
  fitPhrase,
  fitThing,
  fitTime,
  kaipingConfig,
  messageKindOf,
  oweMessage,
  parseSubscribeSettings,
  parseSubscribeTemplates,
  promptTemplateIds,
  reach,
  type FilingEvent,
  type SubscribeSettings
} from '@/core'

const event = (overrides: Partial<FilingEvent> = {}): FilingEvent => ({
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

const SETTINGS: SubscribeSettings = {
  longTerm: false,
  templates: {
    reviewResult: { id: 'T-RESULT', keys: { accountName: 'thing1', result: 'phrase2', time: 'time3', remark: 'thing4', filingNumber: 'character_string5' } },
    correctionNeeded: { id: 'T-FIX', keys: { accountName: 'thing1', fields: 'thing2', deadline: 'date3', remark: 'thing4' } },
    deadlineReminder: { id: 'T-REMIND', keys: { accountName: 'thing1', deadline: 'date2', remark: 'thing3' } }
  }
}
const ALL = { 'T-RESULT': 1, 'T-FIX': 1, 'T-REMIND': 1 }
const filing = { id: 'f 1', ownerOpenid: 'o-1', accountNames: ['开平美食'], filingNumber: null }
const owe = (e: FilingEvent, credits: Record<string, number> = ALL, settings = SETTINGS, f = filing) => {
  const req = filingMessage(e, f, kaipingConfig)
  return req ? oweMessage(req, settings, credits, 'Asia/Shanghai') : null
}

describe('notification policy', () => {
  it.each(['submit', 'resubmit', 'amend', 'withdraw', 'delete'] as const)('when the applicant does %s, then no message is owed (the screen confirms it)', (action) => {
    expect(messageKindOf({ action, actorRole: 'owner' })).toBeNull()
  })

  it('when the owner cancels, then nothing is owed; when the office cancels, then the owner is told', () => {
    expect(messageKindOf({ action: 'cancel', actorRole: 'owner' })).toBeNull()
    expect(messageKindOf({ action: 'cancel', actorRole: 'admin' })).toBe('officeCancelled')
  })

  it.each([
    ['approve', 'approved'],
    ['return', 'returned'],
    ['reject', 'rejected'],
    ['remind', 'fixByReminder']
  ] as const)('when the office does %s, then a %s message is owed', (action, kind) => {
    expect(messageKindOf({ action, actorRole: action === 'remind' ? 'system' : 'reviewer' })).toBe(kind)
  })
})

describe('messages under consent credits', () => {
  it('when a filing is approved, then the review-result template carries account, result, time, number, and one credit is spent', () => {
    expect(owe(event())).toEqual({
      message: {
        kind: 'approved',
        openid: 'o-1',
        templateKind: 'reviewResult',
        templateId: 'T-RESULT',
        page: 'packages/filing/pages/detail/index?id=f%201',
        data: {
          thing1: { value: '开平美食' },
          phrase2: { value: '已通过' },
          time3: { value: '2024-03-15 10:05' },
          thing4: { value: '备案号：开网备2024000123' },
          character_string5: { value: '2024000123' }
        }
      },
      spend: 'T-RESULT',
      unsent: null
    })
  })

  it('when the user has no credit for the template, then nothing is sent and the reason is no-consent', () => {
    expect(owe(event(), { 'T-RESULT': 0 })).toEqual({ message: null, spend: null, unsent: 'no-consent' })
  })

  it('when the deployment configured no template for the message, then the reason is not-configured', () => {
    expect(owe(event(), ALL, { longTerm: false, templates: {} })).toEqual({ message: null, spend: null, unsent: 'not-configured' })
  })

  it('when templates are long-term, then no credit is needed or spent', () => {
    expect(owe(event(), {}, { ...SETTINGS, longTerm: true })).toMatchObject({ message: { templateId: 'T-RESULT' }, spend: null })
  })

  it('when returned, then the correction template names the fields and the fix-by date; without its credit the review-result template says it', () => {
    const e = event({ action: 'return', to: 'returned', filingNumber: undefined, fixBy: '2024-04-08', reasons: [{ field: 'documents.id_front', reason: '照片模糊' }, { field: 'subject.name', reason: 'x' }] })
    expect(owe(e)?.message).toMatchObject({ templateId: 'T-FIX', data: { thing2: { value: '需修改2项：身份证人像面' }, date3: { value: '2024-04-08' }, thing4: { value: '照片模糊' } } })
    expect(owe(e, { 'T-RESULT': 1 })?.message).toMatchObject({ templateId: 'T-RESULT', data: { phrase2: { value: '已退回' }, thing4: { value: expect.stringMatching(/^需修改2项/) } } })
  })

  it('when an amendment is rejected, then the message says the old filing still stands', () => {
    const m = owe(event({ action: 'reject', from: 'amending', to: 'approved', reason: '材料不符' }), ALL, SETTINGS, { ...filing, filingNumber: '开网备2024000001' as never })
    expect(m?.message?.data).toMatchObject({ phrase2: { value: '变更未通过' }, thing4: { value: '变更未通过，原备案继续有效' } })
  })

  it('when several accounts with long names are in the filing, then the count stays visible', () => {
    const m = owe(event(), ALL, SETTINGS, { ...filing, accountNames: ['开平碉楼文化旅游美食生活资讯每日精选', 'b', 'c'] })
    expect(m?.message?.data.thing1.value).toMatch(/…等3个账号$/)
  })

  it('when a deployment maps other keys to the slots, then exactly those keys are sent, fitted to their types', () => {
    const other: SubscribeSettings = { longTerm: false, templates: { reviewResult: { id: 'X', keys: { accountName: 'thing9', result: 'thing2', remark: 'thing5' } } } }
    const m = owe(event({ action: 'reject', to: 'rejected', reason: '不属于本区管辖范围，请向注册地网信部门备案' }), { X: 1 }, other)
    expect(Object.keys(m?.message?.data ?? {}).sort()).toEqual(['thing2', 'thing5', 'thing9'])
    expect(m?.message?.data.thing5.value).toBe('理由：不属于本区管辖范围，请向注册地网…')
  })

  it('property: whatever the event texts and names, every value respects its field limits', () => {
    const actions = ['approve', 'return', 'reject', 'cancel', 'remind'] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.array(fc.fullUnicodeString({ maxLength: 60 }), { maxLength: 5 }),
        fc.fullUnicodeString({ maxLength: 600 }),
        fc.option(fc.fullUnicodeString({ maxLength: 80 }), { nil: undefined }),
        (action, names, reason, number) => {
          const e = event({ action, actorRole: action === 'cancel' ? 'admin' : action === 'remind' ? 'system' : 'reviewer', reason, filingNumber: number, fixBy: '2024-04-08', reasons: [{ field: 'accounts.3.followers', reason }] })
          const m = owe(e, ALL, SETTINGS, { ...filing, accountNames: names })?.message
          expect(m).toBeTruthy()
          for (const [key, { value }] of Object.entries(m?.data ?? {})) {
            if (key.startsWith('thing')) expect(cp(value)).toBeLessThanOrEqual(20)
            if (key.startsWith('phrase')) expect(value).toMatch(/^[\u4e00-\u9fff]{1,5}$/)
            if (key.startsWith('time')) expect(value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
            if (key.startsWith('date')) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}/)
            if (key.startsWith('character_string')) expect(value).toMatch(/^[\x21-\x7e]{1,32}$/)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  it('when a prompt reports accepted ids, then only the deployment\'s own templates are credited, once each', () => {
    expect(creditsGranted(['T-RESULT', 'T-RESULT', 'forged', 'T-FIX'], SETTINGS)).toEqual(['T-RESULT', 'T-FIX'])
  })

  it('when staff ask whether the applicant can be reached, then each decision kind answers from the credits', () => {
    expect(reach(['approved', 'returned'], SETTINGS, { 'T-FIX': 1 })).toEqual({ approved: false, returned: true })
  })
})

describe('SUBSCRIBE_TEMPLATES', () => {
  const valid = JSON.stringify({ reviewResult: { id: 'abcDEF_123-x', keys: { accountName: 'thing1', result: 'phrase2' } } })

  it('when the text is valid, then kinds, ids and keys come back typed', () => {
    expect(parseSubscribeTemplates(valid)).toEqual({ ok: true, value: { reviewResult: { id: 'abcDEF_123-x', keys: { accountName: 'thing1', result: 'phrase2' } } } })
    expect(parseSubscribeSettings({ SUBSCRIBE_TEMPLATES: valid, SUBSCRIBE_LONG_TERM: 'TRUE' })).toMatchObject({ ok: true, value: { longTerm: true } })
    expect(parseSubscribeTemplates('')).toEqual({ ok: true, value: {} })
  })

  it.each([
    ['not JSON', '{reviewResult:', ''],
    ['an array', '[]', ''],
    ['an unknown kind', JSON.stringify({ statusChanged: { id: 'a', keys: {} } }), 'statusChanged'],
    ['a bad id', JSON.stringify({ reviewResult: { id: 'has space', keys: { accountName: 'thing1', result: 'phrase2' } } }), 'reviewResult.id'],
    ['a key of the wrong type', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'thing1', result: 'time2' } } }), 'reviewResult.keys.result'],
    ['a missing required slot', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'thing1' } } }), 'reviewResult.keys.result'],
    ['an unknown slot', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'thing1', result: 'phrase2', mood: 'thing3' } } }), 'reviewResult.keys.mood'],
    ['one key for two slots', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'thing1', result: 'phrase2', remark: 'thing1' } } }), 'reviewResult.keys.remark'],
    ['one id for two kinds', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'thing1', result: 'phrase2' } }, deadlineReminder: { id: 'a', keys: { accountName: 'thing1', deadline: 'date2' } } }), 'deadlineReminder.id'],
    ['not a WeChat key', JSON.stringify({ reviewResult: { id: 'a', keys: { accountName: 'title', result: 'phrase2' } } }), 'reviewResult.keys.accountName']
  ])('when the text has %s, then the problem is named in Chinese and English', (_label, text, path) => {
    const r = parseSubscribeTemplates(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toContainEqual({ path, zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.stringMatching(/[a-z]/) })
  })

  it('when SUBSCRIBE_LONG_TERM is neither true nor false, then it is a problem', () => {
    expect(parseSubscribeSettings({ SUBSCRIBE_TEMPLATES: valid, SUBSCRIBE_LONG_TERM: 'yes' })).toMatchObject({ ok: false, problems: [{ path: 'SUBSCRIBE_LONG_TERM' }] })
  })

  it('when asked which templates to prompt for, then at most three configured ids in kind order', () => {
    expect(promptTemplateIds(SETTINGS)).toEqual(['T-RESULT', 'T-FIX', 'T-REMIND'])
  })
})
