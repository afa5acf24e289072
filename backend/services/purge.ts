/**
 * Retention: drafts untouched for `abandonedDraftDays` are deleted with their photos; photos
 * of withdrawn or rejected filings are deleted after `closedFilingFileDays` (the record and its
 * audit trail stay). Each record change is version-checked, like any other write.
 */
import type { PurgeReport } from '../core'
import type { Runtime } from '../runtime/runtime'
import type { FilingRecord } from '../ports/records'
import { fileIdsOf } from './snapshots'
import { purgeFiles } from './uploads'

const BATCH = 100

export type { PurgeReport }

export async function purgeExpired(rt: Runtime): Promise<PurgeReport> {
  const now = rt.clock.now()
  const report: Omit<PurgeReport, 'files'> = { draftsDeleted: 0, filingsStripped: 0, filesRemoved: 0 }
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  const audit = (rec: FilingRecord, action: string, files: number) => ({
    id: rt.ids.newId(),
    at: now.toISOString(),
    actorOpenid: null,
    actorRole: 'system',
    action,
    filingId: rec.id,
    detail: { status: rec.status, files }
  })

  for (const rec of await rt.store.filings.listStale(['draft'], before(rt.config.retention.abandonedDraftDays), BATCH)) {
    const files = fileIdsOf(rec)
    const deleted = await rt.store.runUnit(async (tx) => {
      if (!(await tx.filings.deleteIfVersion(rec.id, rec.version))) return false
      await tx.audit.insert(audit(rec, 'purge-draft', files.length))
      return true
    })
    if (!deleted) continue
    await rt.files.remove(files)
    await rt.trustStore.verifications.remove(rec.id)
    report.draftsDeleted++
    report.filesRemoved += files.length
  }

  for (const rec of await rt.store.filings.listStale(['withdrawn', 'rejected'], before(rt.config.retention.closedFilingFileDays), BATCH)) {
    const files = fileIdsOf(rec)
    if (!files.length) continue
    const content = { ...rec.working.content, documents: [] }
    const next: FilingRecord = { ...rec, working: { ...rec.working, content }, version: rec.version + 1, updatedAt: now.toISOString() }
    const done = await rt.store.runUnit(async (tx) => {
      if (!(await tx.filings.replaceIfVersion(next, rec.version))) return false
      await tx.audit.insert(audit(rec, 'purge-files', files.length))
      return true
    })
    if (!done) continue
    await rt.files.remove(files)
    // Readings of the removed photos (names, masked numbers) go too.
    await rt.trustStore.verifications.remove(rec.id)
    report.filingsStripped++
    report.filesRemoved += files.length
  }
  return { ...report, files: await purgeFiles(rt) }
}
