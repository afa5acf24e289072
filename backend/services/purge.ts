/**
 * Retention: drafts untouched for `abandonedDraftDays` are deleted with their photos (through
 * the aggregate, as the system's `delete`); photos of withdrawn or rejected filings are deleted
 * after `closedFilingFileDays` (the record and its audit trail stay). Which filings qualify is
 * core's (isDraftAbandoned, areFilesDueForDeletion); every record change is version-checked.
 */
import { areFilesDueForDeletion, CLOSED_UNAPPROVED_STATUSES, isDraftAbandoned, type PurgeReport } from '../core'
import type { Ctx } from '../entry/action'
import type { FilingRecord } from '../ports/records'
import type { Runtime } from '../runtime/runtime'
import { fileIdsOf } from './snapshots'
import { unreferencedFiles } from './file-references'
import { runTransition } from './transition'
import { purgeFiles } from './uploads'

const BATCH = 100

export type { PurgeReport }

/** The timer as a caller: no openid, role system. */
export function systemCtx(rt: Runtime): Ctx {
  return { rt, caller: { openid: null, role: 'system' }, now: rt.clock.now() }
}

export async function purgeExpired(rt: Runtime): Promise<PurgeReport> {
  const ctx = systemCtx(rt)
  const { now } = ctx
  const { retention } = rt.config
  const report: Omit<PurgeReport, 'files'> = { draftsDeleted: 0, filingsStripped: 0, filesRemoved: 0 }
  // A generous store pre-filter (a day early); core decides in local days.
  const before = (days: number) => new Date(now.getTime() - (days - 1) * 86_400_000).toISOString()

  const drafts = (await rt.store.filings.listStale(['draft'], before(retention.abandonedDraftDays), BATCH)).filter((r) => isDraftAbandoned(r.updatedAt, now, rt.config))
  for (const rec of drafts) {
    const files = fileIdsOf(rec)
    const deleted = await runTransition(ctx, { id: rec.id, version: rec.version, command: { type: 'delete' }, auditDetail: { purge: 'abandoned-draft', files: files.length } }).then(
      () => true,
      () => false // changed meanwhile (edited, submitted): not abandoned after all
    )
    if (!deleted) continue
    await rt.files.remove(await unreferencedFiles(rt, rec, files))
    await rt.trustStore.verifications.remove(rec.id)
    report.draftsDeleted++
    report.filesRemoved += files.length
  }

  const closed = await rt.store.filings.listStale([...CLOSED_UNAPPROVED_STATUSES], before(retention.closedFilingFileDays), BATCH, { withDocuments: true })
  for (const rec of closed.filter((r) => areFilesDueForDeletion(r.status, r.updatedAt, now, rt.config))) {
    const files = fileIdsOf(rec)
    if (!files.length) continue
    const content = { ...rec.working.content, documents: [] }
    // updatedAt is what the person last did (我的备案 sorts and shows it): housekeeping keeps it.
    const next: FilingRecord = { ...rec, working: { ...rec.working, content }, version: rec.version + 1 }
    const done = await rt.store.runUnit(async (tx) => {
      if (!(await tx.filings.replaceIfVersion(next, rec.version))) return false
      await tx.audit.insert({ id: rt.ids.newId(), at: now.toISOString(), actorOpenid: null, actorRole: 'system', action: 'purge-files', filingId: rec.id, detail: { status: rec.status, files: files.length } })
      return true
    })
    if (!done) continue
    // A photo a profile (常用主体) or another filing still holds stays with that one.
    await rt.files.remove(await unreferencedFiles(rt, rec, files))
    // Readings of the removed photos (names, masked numbers) go too.
    await rt.trustStore.verifications.remove(rec.id)
    report.filingsStripped++
    report.filesRemoved += files.length
  }
  return { ...report, files: await purgeFiles(rt) }
}
