/** Reset the local demo data: `npx tsx scripts/seed-demo.ts [dataDir=.data]`. */
import { createLocalRuntime } from '../backend/runtime/local'
import { STAFF_VISIBLE_STATUSES } from '../backend/core'

async function run(): Promise<void> {
  const rt = createLocalRuntime({ dataDir: process.argv[2] ?? '.data' })
  await rt.ready
  await rt.reset()
  const stats = await rt.store.filings.stats(STAFF_VISIBLE_STATUSES)
  console.log(JSON.stringify({ reset: true, byStatus: stats.byStatus }))
  rt.close()
}

run().catch((err) => {
  console.error(err)
  process.exit(1)
})
