/** Staff filter input → store filter, and the opaque cursor (never a skip offset). */
import { z } from 'zod'
import { AWAITING_REVIEW_STATUSES, localDate, staffSearchOf, type JurisdictionConfig } from '../core'
import { errors } from '../errors'
import type { FilingStatusCode } from '../ports/records'
import type { QueueCursor, QueueFilter } from '../ports/store.port'

export interface StaffFilterInput {
  status?: FilingStatusCode | FilingStatusCode[]
  platform?: string
  subjectType?: string
  town?: string
  overdue?: boolean
  q?: string
}

export function toStoreFilter(input: StaffFilterInput, now: Date, config: JurisdictionConfig): QueueFilter {
  const statuses = input.status === undefined ? [...AWAITING_REVIEW_STATUSES] : Array.isArray(input.status) ? input.status : [input.status]
  const filter: QueueFilter = { statuses }
  if (input.platform) filter.platform = input.platform
  if (input.subjectType) filter.subjectType = input.subjectType
  if (input.town) filter.town = input.town
  if (input.overdue) filter.reviewDueBefore = localDate(now, config.timezone)
  // Read as the search text is written (NFKC, case-folded, a phone as its digits), with the index keys it needs.
  const search = staffSearchOf(input.q)
  if (search) filter.search = search
  return filter
}

const CursorSchema = z.object({ s: z.string().max(40), i: z.string().max(64) })

export function encodeCursor(c: QueueCursor | null): string | null {
  return c ? Buffer.from(JSON.stringify({ s: c.sortAt, i: c.id })).toString('base64url') : null
}

export function decodeCursor(text: string | undefined): QueueCursor | null {
  if (!text) return null
  try {
    const c = CursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')))
    return { sortAt: c.s, id: c.i }
  } catch {
    throw errors.invalid('翻页参数无效，请刷新列表', { cursor: '翻页参数无效，请刷新列表' })
  }
}
