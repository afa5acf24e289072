import fc from 'fast-check'
import {
  formatFilingNumber,
  isOfficeOpen,
  kaipingConfig,
  maskEmail,
  maskIdNumber,
  maskName,
  maskPhone,
  maskSubjectName,
  nextOpening,
  officeStatus,
  parseFilingNumber,
  PROVINCE_CODES,
  residentIdCheckChar,
  validateResidentIdFormat
} from '@/core'
import { shundeConfig } from './support/shunde'
import { company, individual } from './support/factories'

describe('masking', () => {
  it('when an 18-digit ID is masked, then region and last four stay', () => {
    expect(maskIdNumber('440783199001011234')).toBe('440783********1234')
  })

  it('when phones are masked, then mobiles keep 3+4 and landlines keep the area code', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678')
    expect(maskPhone('0750-2268763')).toBe('0750-***8763')
    expect(maskPhone('020-12345678-123')).toBe('020-****5678-***')
  })

  it('when names are masked, then only the surname stays', () => {
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('张三')).toBe('张*')
    expect(maskName('张')).toBe('*')
    expect(maskName('')).toBe('')
  })

  it('when the subject is an organisation, then its name is public and not masked', () => {
    expect(maskSubjectName(individual({ name: '张三' }))).toBe('张*')
    expect(maskSubjectName(company())).toBe('开平市某某文化传媒有限公司')
  })

  it('property: a real-format 18-character ID number (region, birth date, sequence, check character) shows only its region and last four', () => {
    const region = fc.constantFrom(...PROVINCE_CODES).chain((p) => fc.integer({ min: 100, max: 9999 }).map((n) => `${p}${String(n).padStart(4, '0')}`))
    const birth = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2015-12-31T00:00:00Z') }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
    const seq = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))
    fc.assert(
      fc.property(region, birth, seq, (r, b, q) => {
        const first17 = `${r}${b}${q}`
        const id = first17 + residentIdCheckChar(first17)
        expect(validateResidentIdFormat(id)).toEqual({ ok: true })
        const m = maskIdNumber(id)
        expect(m).toBe(`${id.slice(0, 6)}********${id.slice(14)}`)
        expect(m).not.toContain(b)
        expect(maskIdNumber(id.toLowerCase())).toBe(m.toLowerCase())
      }),
      { numRuns: 500 }
    )
  })

  it('when e-mails are masked, then the domain stays', () => {
    expect(maskEmail('644636946@qq.com')).toBe('6***@qq.com')
  })

  it('property: masking never throws and never reveals a full 18-digit ID', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), (s) => {
        maskPhone(s)
        maskName(s)
        maskEmail(s)
        const m = maskIdNumber(s)
        if (/^\d{18}$/.test(s)) expect(m.slice(6, 14)).toBe('********')
      })
    )
    expect(maskIdNumber(null)).toBe('')
    expect(maskPhone(undefined)).toBe('')
  })
})

describe('filing numbers', () => {
  it('when formatted from the Kaiping template, then year and padded sequence appear', () => {
    expect(formatFilingNumber(kaipingConfig, 2024, 123)).toBe('开网备2024000123')
  })

  it('when formatted from another template, then that format is used', () => {
    expect(formatFilingNumber(shundeConfig, 2025, 7)).toBe('SD-2025-0007')
    expect(formatFilingNumber(shundeConfig, 2025, 123456)).toBe('SD-2025-123456') // wider than padding, not cut
  })

  it('when a number is parsed, then year and sequence come back; foreign numbers give null', () => {
    expect(parseFilingNumber('开网备2024000123', kaipingConfig)).toEqual({ year: 2024, seq: 123 })
    expect(parseFilingNumber(' sd-2025-0007 ', shundeConfig)).toEqual({ year: 2025, seq: 7 })
    expect(parseFilingNumber('SD-2025-0007', kaipingConfig)).toBeNull()
    expect(parseFilingNumber('开网备2024000000', kaipingConfig)).toBeNull()
    expect(parseFilingNumber('开网备2024', kaipingConfig)).toBeNull()
  })

  it('property: parse inverts format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 99_999_999 }), (year, seq) => {
        expect(parseFilingNumber(formatFilingNumber(kaipingConfig, year, seq), kaipingConfig)).toEqual({ year, seq })
        expect(parseFilingNumber(formatFilingNumber(shundeConfig, year, seq), shundeConfig)).toEqual({ year, seq })
      })
    )
  })

  it('when the sequence or year is invalid, then it throws (a programming error)', () => {
    expect(() => formatFilingNumber(kaipingConfig, 2024, 0)).toThrow(RangeError)
    expect(() => formatFilingNumber(kaipingConfig, 24, 1)).toThrow(RangeError)
  })
})

describe('office hours', () => {
  const at = (local: string) => new Date(`${local}+08:00`)

  it.each([
    ['2024-03-15T08:29:00', false, 'before opening'],
    ['2024-03-15T08:30:00', true, 'at opening'],
    ['2024-03-15T11:59:00', true, 'late morning'],
    ['2024-03-15T12:00:00', false, 'lunch'],
    ['2024-03-15T14:30:00', true, 'afternoon'],
    ['2024-03-15T17:30:00', false, 'closing time'],
    ['2024-03-16T10:00:00', false, 'Saturday'],
    ['2024-02-12T10:00:00', false, 'Spring Festival Monday'],
    ['2024-02-04T10:00:00', true, 'make-up Sunday']
  ])('when it is %s in Kaiping, then open = %s (%s)', (local, open) => {
    expect(isOfficeOpen(at(local), kaipingConfig)).toBe(open)
  })

  it('when closed, then the next opening is the next interval start on a working day', () => {
    expect(nextOpening(at('2024-03-15T12:10:00'), kaipingConfig)).toEqual(at('2024-03-15T14:30:00'))
    expect(nextOpening(at('2024-03-15T18:00:00'), kaipingConfig)).toEqual(at('2024-03-18T08:30:00'))
    expect(nextOpening(at('2024-02-09T18:00:00'), kaipingConfig)).toEqual(at('2024-02-18T08:30:00'))
  })

  it('when another office has a short Friday, then its own hours apply', () => {
    expect(isOfficeOpen(at('2025-03-07T15:00:00'), shundeConfig)).toBe(false) // Friday afternoon
    expect(isOfficeOpen(at('2025-03-06T15:00:00'), shundeConfig)).toBe(true) // Thursday afternoon
  })

  it('when asked for a status, then a ready-to-show Chinese label is given', () => {
    expect(officeStatus(at('2024-03-15T10:00:00'), kaipingConfig)).toMatchObject({ open: true, label: '办公中（至12:00）' })
    expect(officeStatus(at('2024-03-15T18:00:00'), kaipingConfig).label).toBe('非办公时间，下次办公：3月18日（周一） 08:30')
    expect(officeStatus(at('2024-03-14T18:00:00'), kaipingConfig).label).toBe('非办公时间，下次办公：明天 08:30')
  })
})
