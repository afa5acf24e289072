/** Helpers over a record's content snapshots (working vs approved). */
import type { FilingRecord } from '../ports/records'
import { searchTextOf } from './filing-index'

/** Falls back to the approved version (a withdrawn or rejected amendment). */
export function restoreApproved(rec: FilingRecord): Partial<FilingRecord> {
  if (!rec.approved) return { reviewDueDate: null }
  const { content, secrets, index } = rec.approved
  return { working: { content, secrets }, index, searchText: searchTextOf(index, rec.filingNumber), reviewDueDate: null }
}

/** Every file a record references, in any snapshot. */
export function fileIdsOf(rec: FilingRecord): string[] {
  const ids = new Set<string>()
  for (const snap of [rec.working, rec.approved]) {
    const docs = snap?.content.documents
    if (!Array.isArray(docs)) continue
    for (const d of docs) {
      if (d && typeof d === 'object' && !Array.isArray(d) && typeof d.fileId === 'string') ids.add(d.fileId)
    }
  }
  return [...ids]
}
