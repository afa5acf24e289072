/**
 * Calendar-date and instant helpers (the library-free part lives in ./local-time, which the main
 * package imports directly). A "local date" is a 'YYYY-MM-DD' string in the
 * jurisdiction's time zone; all date arithmetic is done on those strings so results
 * never depend on the time zone of the machine running the code.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import customParseFormat from 'dayjs/plugin/customParseFormat'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(customParseFormat)

export { dayjs }

export * from './local-time'

/** The instant at which local time `hh:mm` starts on local `date` in `tz`. */
export function instantAt(date: string, hhmm: string, tz: string): Date {
  return dayjs.tz(`${date} ${hhmm}`, 'YYYY-MM-DD HH:mm', tz).toDate()
}

