import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * Every row of every table, in a stable order: the database's whole logical content, to prove a
 * refusal wrote nothing. Rows are ordered by their content, since some tables (the search index)
 * have no rowid.
 */
export function fingerprintOf (db: Database.Database): string {
  const h = createHash('sha256')
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
  for (const { name } of tables) {
    h.update(`#${name}\n`)
    const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v: unknown) => Buffer.isBuffer(v) ? v.toString('hex') : v))
    for (const row of rows.sort()) h.update(row + '\n')
  }
  return h.digest('hex')
}
