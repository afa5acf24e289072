import { localDateTime } from '../../core/local-time'
import { jurisdiction } from '../../config/jurisdiction'

/** An instant as the office's local 'YYYY-MM-DD HH:mm'. */
export const when = (iso: string) => localDateTime(iso, jurisdiction.timezone)

/** An event's time: the day and start, and the end's hour when on the same day. */
export function span (startsAt: string, endsAt: string): string {
  const a = when(startsAt)
  const b = when(endsAt)
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}–${b.slice(11)}` : `${a} 至 ${b}`
}
