import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../../backend/adapters/sqlite/store-sqlite'
import { storeContract } from './store.contract'

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'))
  const store = openSqliteStore(join(dir, 'db.sqlite'))
  return {
    store,
    close: async () => {
      store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
})
