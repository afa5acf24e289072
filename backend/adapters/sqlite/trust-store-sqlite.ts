/**
 * SQLite implementation of the TrustStore port: three small versioned-document tables in the same
 * database file as the register (its own connection; WAL lets both write).
 */
import Database from 'better-sqlite3'
import type { TrustStore } from '../../ports/trust.port'

const TABLES = ['verifications', 'phone_codes', 'user_sends'] as const
type Table = (typeof TABLES)[number]

export interface SqliteTrustStore extends TrustStore {
  clear(): void
  close(): void
}

export function openSqliteTrustStore(file: string): SqliteTrustStore {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  for (const t of TABLES) db.exec(`CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`)

  function docs<T extends { id: string; version: number }>(table: Table) {
    const getStmt = db.prepare(`SELECT doc FROM ${table} WHERE id = ?`)
    const insertStmt = db.prepare(`INSERT OR IGNORE INTO ${table} (id, version, doc) VALUES (?, ?, ?)`)
    const updateStmt = db.prepare(`UPDATE ${table} SET version = ?, doc = ? WHERE id = ? AND version = ?`)
    const deleteStmt = db.prepare(`DELETE FROM ${table} WHERE id = ?`)
    return {
      async get(id: string): Promise<T | null> {
        const row = getStmt.get(id) as { doc: string } | undefined
        return row ? (JSON.parse(row.doc) as T) : null
      },
      async putIfVersion(next: T, expected: number | null): Promise<boolean> {
        const doc = JSON.stringify(next)
        const r = expected === null ? insertStmt.run(next.id, next.version, doc) : updateStmt.run(next.version, doc, next.id, expected)
        return r.changes === 1
      },
      async remove(id: string): Promise<void> {
        deleteStmt.run(id)
      }
    }
  }

  return {
    verifications: docs('verifications'),
    phoneCodes: docs('phone_codes'),
    userSends: docs('user_sends'),
    clear: () => { for (const t of TABLES) db.exec(`DELETE FROM ${t}`) },
    close: () => db.close()
  }
}
