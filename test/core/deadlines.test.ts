import fc from 'fast-check'
import {
  addWorkingDays,
  calendarKnown,
  filingDueDate,
  isFilingOverdue,
  isWorkingDay,
  kaipingConfig,
  reviewDueDate,
  reviewWorkingDaysLeft,
  workingDaysBetween
} from '@/core'
import { shundeConfig } from './support/shunde'

const cfg = kaipingConfig

describe('isWorkingDay (statutory calendar with 调休)', () => {
  it.each([
    ['2024-02-04', true, 'Sunday make-up workday before Spring Festival'],
    ['2024-02-18', true, 'Sunday make-up workday after Spring Festival'],
    ['2024-02-10', false, 'Spring Festival'],
    ['2024-02-12', false, 'Spring Festival on a Monday'],
    ['2024-02-17', false, 'Spring Festival last day'],
    ['2024-02-19', true, 'ordinary Monday'],
    ['2024-02-03', false, 'ordinary Saturday'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-08', false, 'National Day + Mid-Autumn last day (Wednesday)'],
    ['2025-09-28', true, 'Sunday make-up workday'],
    ['2025-10-11', true, 'Saturday make-up workday'],
    ['2025-10-09', true, 'Thursday after the holiday'],
    ['2025-01-01', false, 'New Year'],
    ['2026-02-14', true, 'Saturday make-up workday in 2026']
  ])('when the date is %s, then working = %s (%s)', (date, working) => {
    expect(isWorkingDay(date, cfg)).toBe(working)
  })

  it('when the package knows a year, then calendarKnown is true; far-future years are not known', () => {
    expect(calendarKnown(2024, cfg)).toBe(true)
    expect(calendarKnown(2025, cfg)).toBe(true)
    expect(calendarKnown(2099, cfg)).toBe(false)
  })

  it('when a year is unknown, then weekends are off and weekdays are working days', () => {
    expect(isWorkingDay('2099-01-05', cfg)).toBe(true) // Monday
    expect(isWorkingDay('2099-01-03', cfg)).toBe(false) // Saturday
  })

  it('when the config has overrides for a year, then they win and make the year known', () => {
    expect(calendarKnown(2031, shundeConfig)).toBe(true)
    expect(isWorkingDay('2031-01-01', shundeConfig)).toBe(false) // Wednesday, override holiday
    expect(isWorkingDay('2031-01-04', shundeConfig)).toBe(true) // Saturday, override workday
    expect(isWorkingDay('2031-01-03', shundeConfig)).toBe(true) // Friday, not overridden
  })

  it('when an override contradicts the package for a known year, then the override wins', () => {
    const custom = { holidayOverrides: { '2024': { holidays: ['2024-03-15'], workdays: ['2024-02-10'] } } }
    expect(isWorkingDay('2024-03-15', custom)).toBe(false)
    expect(isWorkingDay('2024-02-10', custom)).toBe(true)
    expect(isWorkingDay('2024-02-04', custom)).toBe(true) // rest of the year still from the package
  })

  it('when the date is malformed, then it throws (a programming error, inputs are parsed first)', () => {
    expect(() => isWorkingDay('2024-02-30', cfg)).toThrow(RangeError)
  })
})

describe('addWorkingDays and workingDaysBetween', () => {
  it('when adding across Spring Festival 2024, then holidays are skipped and make-up days count', () => {
    // Fri 2024-02-02 → Sun 02-04 (make-up) is the next working day.
    expect(addWorkingDays('2024-02-02', 1, cfg)).toBe('2024-02-04')
    // 02-09 (Fri, a working day) → next working day after the holiday is Sun 02-18.
    expect(addWorkingDays('2024-02-09', 1, cfg)).toBe('2024-02-18')
    expect(addWorkingDays('2024-02-09', 2, cfg)).toBe('2024-02-19')
  })

  it('when adding across National Day 2025, then 09-30 + 1 is 10-09 and the Saturday make-up day counts', () => {
    expect(addWorkingDays('2025-09-30', 1, cfg)).toBe('2025-10-09')
    expect(addWorkingDays('2025-10-10', 1, cfg)).toBe('2025-10-11')
  })

  it('when n is 0, then the date is returned; when negative, then it goes backward', () => {
    expect(addWorkingDays('2024-02-10', 0, cfg)).toBe('2024-02-10')
    expect(addWorkingDays('2024-02-18', -1, cfg)).toBe('2024-02-09')
  })

  it('when counting between two dates, then it is signed and excludes the start day', () => {
    expect(workingDaysBetween('2024-02-09', '2024-02-19', cfg)).toBe(2)
    expect(workingDaysBetween('2024-02-19', '2024-02-09', cfg)).toBe(-2)
    expect(workingDaysBetween('2024-02-19', '2024-02-19', cfg)).toBe(0)
  })

  const anyDate = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-10-01T00:00:00Z') }).map((d) => d.toISOString().slice(0, 10))

  it('property: adding n working days lands on a working day n working days away', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const target = addWorkingDays(d, n, cfg)
        expect(isWorkingDay(target, cfg) || n === 0).toBe(true)
        expect(workingDaysBetween(d, target, cfg)).toBe(n)
        expect(workingDaysBetween(target, d, cfg)).toBe(n === 0 ? 0 : -n)
      }),
      { numRuns: 200 }
    )
  })

  it('property: going back n working days from a working day undoes going forward', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const start = addWorkingDays(d, 1, cfg) // a working day
        expect(addWorkingDays(addWorkingDays(start, n, cfg), -n, cfg)).toBe(start)
      }),
      { numRuns: 200 }
    )
  })
})

describe('filingDueDate and isFilingOverdue', () => {
  it('when an account opened before or during the campaign, then the due date is the campaign end', () => {
    expect(filingDueDate('2020-06-01', cfg)).toBe('2024-01-19')
    expect(filingDueDate('2024-01-19', cfg)).toBe('2024-01-19')
  })

  it('when an account opened after the campaign, then it is due on the 30th working day after opening', () => {
    // Opened Mon 2024-01-22: 30 working days skipping Spring Festival, with 02-04 and 02-18 counted.
    const due = filingDueDate('2024-01-22', cfg)
    expect(workingDaysBetween('2024-01-22', due, cfg)).toBe(30)
    // Jan 23–31: 7, Feb: 1–2, 4 (Sun), 5–9, 18 (Sun), 19–23, 26–29 = 18 → 25; Mar 1, 4, 5, 6, 7 → 30.
    expect(due).toBe('2024-03-07')
  })

  it('when another jurisdiction uses 20 working days and its own campaign, then its rule applies', () => {
    expect(filingDueDate('2025-01-01', shundeConfig)).toBe('2025-04-30')
    expect(workingDaysBetween('2025-05-06', filingDueDate('2025-05-06', shundeConfig), shundeConfig)).toBe(20)
  })

  it('when not yet filed and today is after the due date (Shanghai), then it is overdue', () => {
    const opened = '2024-01-22' // due 2024-03-07
    expect(isFilingOverdue(opened, null, new Date('2024-03-07T15:59:00Z'), cfg)).toBe(false) // 23:59 on the 7th
    expect(isFilingOverdue(opened, null, new Date('2024-03-07T16:00:00Z'), cfg)).toBe(true) // 00:00 on the 8th
  })

  it('when filed on time, then it is never overdue afterwards', () => {
    expect(isFilingOverdue('2024-01-22', '2024-02-20T03:00:00Z', new Date('2025-01-01T00:00:00Z'), cfg)).toBe(false)
    expect(isFilingOverdue('2024-01-22', '2024-03-08T03:00:00Z', new Date('2025-01-01T00:00:00Z'), cfg)).toBe(true)
  })
})

describe('review deadlines', () => {
  it('when submitted late on a day in UTC that is already the next day in Shanghai, then the local day counts', () => {
    // 2024-02-08T17:00Z = Fri 02-09 01:00 in Shanghai; 10 working days after 02-09.
    expect(reviewDueDate('2024-02-08T17:00:00Z', cfg)).toBe(addWorkingDays('2024-02-09', 10, cfg))
  })

  it('when counting days left, then 0 on the due day and negative after it, even over a weekend', () => {
    const submitted = '2024-03-01T02:00:00Z' // Fri 03-01; due 10 working days later = Fri 03-15
    expect(reviewDueDate(submitted, cfg)).toBe('2024-03-15')
    expect(reviewWorkingDaysLeft(submitted, new Date('2024-03-01T02:00:00Z'), cfg)).toBe(10)
    expect(reviewWorkingDaysLeft(submitted, new Date('2024-03-15T09:00:00Z'), cfg)).toBe(0)
    expect(reviewWorkingDaysLeft(submitted, new Date('2024-03-16T02:00:00Z'), cfg)).toBe(-1) // Saturday
    expect(reviewWorkingDaysLeft(submitted, new Date('2024-03-19T02:00:00Z'), cfg)).toBe(-2) // Tuesday
  })
})

describe('fast paths give the same answers as the plain rules', () => {
  const { dayjs, localDate, localDateTime, localMinutes } = require('@/core/dates') as typeof import('@/core/dates')
  const anyInstant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z') })

  it('when any instant is turned into a local date, time or minute of day in zones with DST or odd offsets, then it matches dayjs zone conversion', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham']
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...zones), (d, tz) => {
        expect(localDate(d, tz)).toBe(dayjs(d).tz(tz).format('YYYY-MM-DD'))
        expect(localDate(d.toISOString(), tz)).toBe(dayjs(d).tz(tz).format('YYYY-MM-DD'))
        expect(localDateTime(d, tz)).toBe(dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm'))
        const z = dayjs(d).tz(tz)
        expect(localMinutes(d.toISOString(), tz)).toBe(z.hour() * 60 + z.minute())
      }),
      { numRuns: 500 }
    )
  })

  it('when working days left are counted from a stored review due date, then they equal the count from the submission time', () => {
    const { workingDaysLeftUntil: left } = require('@/core/deadlines') as typeof import('@/core/deadlines')
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-06-01T00:00:00Z') }),
        fc.integer({ min: -400, max: 60 }),
        (submitted, offsetDays) => {
          const now = new Date(submitted.getTime() + offsetDays * 86_400_000)
          expect(left(reviewDueDate(submitted, cfg), now, cfg)).toBe(reviewWorkingDaysLeft(submitted, now, cfg))
        }
      ),
      { numRuns: 300 }
    )
  })
})
