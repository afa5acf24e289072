/**
 * Bench data: `npx tsx scripts/seed-bulk.ts [n=100000] [dataDir=.data/bench]` — writes n
 * filings into a local SQLite data dir (separate from the demo dir by default).
 */
import { createLocalRuntime } from '../backend/runtime/local'
import { seedBulk } from '../backend/seed/bulk'

async function run(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000)
  const dataDir = process.argv[3] ?? '.data/bench'
  const rt = createLocalRuntime({ dataDir, seedDemo: false })
  const t0 = Date.now()
  const out = await seedBulk(rt, n)
  console.log(JSON.stringify({ ...out, dataDir, ms: Date.now() - t0 }))
  rt.close()
}

run().catch((err) => {
  console.error(err)
  process.exit(1)
})
