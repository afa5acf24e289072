/** Files a record references, in any of its versions. */
import type { FilingRecord } from '../ports/records'

/** Every file a record references, in any snapshot. */
export function fileIdsOf(rec: Pick<FilingRecord, 'working' | 'approved'>): string[] {
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
