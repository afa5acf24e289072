/**
 * A stored photo is content-addressed per owner (`documents/<owner>/<sha256>.jpg`), so one file may
 * stand in several filings and in a subject profile (常用主体: the next filing copies the reference,
 * not the picture). Deleting one filing's files therefore removes only those nothing else of its
 * managers still references: their other filings (working or approved) and their profiles.
 */
import { managersOf } from '../core'
import type { FilingRecord } from '../ports/records'
import type { Runtime } from '../runtime/runtime'
import { fileIdsOf } from './snapshots'

/** How many of one person's filings are looked through (a person holds a few; the bound keeps the call cheap). */
const SCAN = 200

export async function unreferencedFiles(rt: Runtime, rec: FilingRecord, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return []
  const held = new Set<string>()
  for (const { openid } of managersOf(rec)) {
    const [filings, profiles] = await Promise.all([rt.store.filings.listByOwner(openid, SCAN), rt.store.profiles.listByOwner(openid, SCAN)])
    for (const f of filings) if (f.id !== rec.id) for (const id of fileIdsOf(f)) held.add(id)
    for (const p of profiles) for (const d of (p.sealed.content.documents as Array<{ fileId?: unknown }> | undefined) ?? []) if (typeof d.fileId === 'string') held.add(d.fileId)
  }
  return files.filter((id) => !held.has(id))
}
