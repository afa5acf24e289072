import fc from 'fast-check'
import {
  PHONE_CODE_POLICY,
  certificateQrText,
  certificateSerial,
  certificateSigningText,
  checkCode,
  checklistState,
  decideSend,
  formatCertificateCode,
  isPhoneVerified,
  ownershipCodeFromHash,
  parseCertificateCode,
  publicLookupLinks,
  type PhoneCodeState
} from '@/core'

const T0 = new Date('2024-03-04T02:00:00Z')
const plus = (s: number) => new Date(T0.getTime() + s * 1000)

function sent(at = T0): PhoneCodeState {
  const d = decideSend(null, [], 'hash-1', at)
  if (!d.ok) throw new Error(d.message)
  return d.next
}

describe('decideSend (SMS throttling)', () => {
  it('when no code was sent yet, then one may be sent and it expires in 10 minutes', () => {
    const d = decideSend(null, [], 'h', T0)
    expect(d).toMatchObject({ ok: true, expiresInSeconds: 600, resendAfterSeconds: 60 })
    if (d.ok) expect(d.next).toMatchObject({ codeHash: 'h', sentAt: T0.toISOString(), expiresAt: plus(600).toISOString(), attempts: 0, sends: [T0.toISOString()] })
  })

  it('when asked again within a minute, then it is refused with the seconds left', () => {
    expect(decideSend(sent(), [], 'h2', plus(45))).toMatchObject({ ok: false, reason: 'too_soon', retryAfterSeconds: 15, message: '验证码已发送，请15秒后再重新获取' })
    expect(decideSend(sent(), [], 'h2', plus(60)).ok).toBe(true)
  })

  it('when a phone got five codes in a day, then the sixth waits until the first is a day old', () => {
    let state: PhoneCodeState | null = null
    for (let i = 0; i < PHONE_CODE_POLICY.sendsPerPhonePerDay; i++) {
      const d = decideSend(state, [], `h${i}`, plus(i * 120))
      if (!d.ok) throw new Error(d.message)
      state = d.next
    }
    const refused = decideSend(state, [], 'h6', plus(3600))
    expect(refused).toMatchObject({ ok: false, reason: 'phone_daily_limit' })
    if (!refused.ok) expect(refused.retryAfterSeconds).toBe(24 * 3600 - 3600)
    expect(decideSend(state, [], 'h6', plus(24 * 3600 + 1)).ok).toBe(true)
  })

  it('when one user asked for ten codes today (any phones), then the next is refused', () => {
    const mine = Array.from({ length: PHONE_CODE_POLICY.sendsPerUserPerDay }, (_, i) => plus(-i * 60).toISOString())
    expect(decideSend(null, mine, 'h', T0)).toMatchObject({ ok: false, reason: 'user_daily_limit' })
  })

  it('keeps only the last day of send times (the state does not grow)', () => {
    const old = { ...sent(plus(-2 * 24 * 3600)) }
    const d = decideSend(old, [plus(-3 * 24 * 3600).toISOString()], 'h', T0)
    expect(d.ok && d.next.sends).toEqual([T0.toISOString()])
    expect(d.ok && d.userSends).toEqual([T0.toISOString()])
  })
})

describe('checkCode (expiry and attempts)', () => {
  it('when the right code comes in time, then the phone is verified and the code is used up', () => {
    const r = checkCode(sent(), true, plus(599))
    expect(r).toMatchObject({ ok: true, next: { codeHash: null, verifiedAt: plus(599).toISOString() } })
    if (r.ok) expect(checkCode(r.next, true, plus(600))).toMatchObject({ ok: false, reason: 'no_code' })
  })

  it('when the code is used at or after its expiry, then it is refused as expired and cleared', () => {
    expect(checkCode(sent(), true, plus(600))).toMatchObject({ ok: false, reason: 'expired', message: '验证码已过期，请重新获取', next: { codeHash: null } })
  })

  it('when a wrong code is typed, then tries left are counted down and the fifth wrong one burns the code', () => {
    let s = sent()
    const messages: string[] = []
    for (let i = 0; i < PHONE_CODE_POLICY.attemptsPerCode; i++) {
      const r = checkCode(s, false, plus(10 + i))
      if (r.ok) throw new Error('unexpected')
      messages.push(r.message)
      s = r.next
    }
    expect(messages.slice(0, 2)).toEqual(['验证码不正确，还可以再试4次', '验证码不正确，还可以再试3次'])
    expect(messages[4]).toBe('验证码输入错误次数过多，请重新获取')
    expect(checkCode(s, true, plus(30))).toMatchObject({ ok: false, reason: 'no_code' })
  })

  it('for any interleaving of tries, a code is accepted at most once and never after expiry or five misses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 900 })), { maxLength: 12 }), (tries) => {
        let s: PhoneCodeState = sent()
        let accepted = 0
        let misses = 0
        for (const [right, at] of [...tries].sort((a, b) => a[1] - b[1])) {
          const r = checkCode(s, right, plus(at))
          if (r.ok) {
            accepted++
            expect(at).toBeLessThan(600)
            expect(misses).toBeLessThan(PHONE_CODE_POLICY.attemptsPerCode)
          } else if (r.reason === 'wrong' || (r.reason === 'too_many' && !right)) misses++
          s = r.next
        }
        expect(accepted).toBeLessThanOrEqual(1)
      })
    )
  })

  it('a verification proves the phone for 30 days', () => {
    const r = checkCode(sent(), true, plus(5))
    expect(r.ok && isPhoneVerified(r.next, plus(29 * 24 * 3600))).toBe(true)
    expect(r.ok && isPhoneVerified(r.next, plus(31 * 24 * 3600))).toBe(false)
    expect(isPhoneVerified(null, T0)).toBe(false)
  })
})

describe('certificate codes', () => {
  const code = { serial: certificateSerial('2024-03-04T02:00:00.000Z'), signature: 'A'.repeat(22), filingNumber: '开网备2024000123' }

  it('round-trips through the bare code and through a link that carries it', () => {
    const text = formatCertificateCode(code)
    expect(parseCertificateCode(text)).toEqual(code)
    expect(parseCertificateCode(certificateQrText(text, 'https://example.org/verify'))).toEqual(code)
    expect(parseCertificateCode(`/packages/filing/pages/proof/index?c=${encodeURIComponent(text)}&x=1`)).toEqual(code)
  })

  it('refuses what is not a code: the old query link, markup, control characters, a short signature', () => {
    expect(parseCertificateCode('/packages/filing/pages/proof/index?n=开网备2024000123&a=某账号&s=某公司')).toBeNull()
    expect(parseCertificateCode(`${code.serial}.${'A'.repeat(22)}.<script>`)).toBeNull()
    expect(parseCertificateCode(`${code.serial}.${'A'.repeat(22)}.开网\u202e备1`)).toBeNull()
    expect(parseCertificateCode(`${code.serial}.${'A'.repeat(21)}.开网备2024000123`)).toBeNull()
    expect(parseCertificateCode('%E0%A4%A')).toBeNull()
  })

  it('signs a versioned text; the serial has no separator, so serial and number cannot be shifted into each other', () => {
    expect(certificateSigningText('开网备2024000123', 'abc')).toBe('certificate/v1/abc/开网备2024000123')
    fc.assert(fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01') }), (d) => {
      expect(certificateSerial(d.toISOString())).toMatch(/^[0-9a-z]{1,12}$/)
    }))
  })

  it('a new approval (amendment) gives a new serial', () => {
    expect(certificateSerial('2024-03-04T02:00:00.000Z')).not.toBe(certificateSerial('2024-05-01T02:00:00.000Z'))
  })
})

describe('ownership codes and checklist', () => {
  it('makes six readable characters from a digest, without 0/O/1/I/L', () => {
    fc.assert(fc.property(fc.hexaString({ minLength: 64, maxLength: 64 }), (hex) => {
      expect(ownershipCodeFromHash(hex)).toMatch(/^[2-9A-HJKMNP-TV-Z]{6}$/)
    }))
    expect(ownershipCodeFromHash('00'.repeat(32))).toBe('222222')
  })

  it('a checklist is done only when every item is ticked, failed when any is refused', () => {
    expect(checklistState(undefined)).toBe('open')
    expect(checklistState({ homepageOpens: true, nameMatches: true, codeSeen: true })).toBe('open')
    expect(checklistState({ homepageOpens: true, nameMatches: true, codeSeen: true, followersPlausible: true })).toBe('done')
    expect(checklistState({ homepageOpens: true, followersPlausible: false })).toBe('failed')
  })

  it('websites link to the ICP and 公安 registers with what to paste; apps to the APP register; accounts to none', () => {
    expect(publicLookupLinks({ kind: 'website', icpNumber: '粤ICP备12345678号-1', url: 'https://www.kaiping.example/news' })).toEqual([
      { label: 'ICP备案查询（工信部）', url: 'https://beian.miit.gov.cn/#/Integrated/recordQuery', copy: '粤ICP备12345678号-1' },
      { label: '公安联网备案查询', url: 'https://beian.mps.gov.cn/#/query/webSearch', copy: 'www.kaiping.example' }
    ])
    expect(publicLookupLinks({ kind: 'app', name: '开平通' })).toEqual([{ label: 'APP备案查询（工信部）', url: 'https://beian.miit.gov.cn/#/Integrated/recordQuery', copy: '开平通' }])
    expect(publicLookupLinks({ kind: 'self_media' })).toEqual([])
  })
})
