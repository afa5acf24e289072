/**
 * Creates the CloudBase collections, their indexes and rules — rerunnable: what exists and matches
 * is left alone. Kept for old instructions; it is `npm run deploy -- --only database`, which reads
 * deploy.config.json and TCB_SECRET_ID / TCB_SECRET_KEY (the declarations are in
 * backend/adapters/cloudbase/collections.ts).
 *   npx tsx scripts/cloud-setup-collections.ts [--dry-run]
 */
import path from 'node:path'
import { runDeploy } from './deploy/deploy'

runDeploy(['--only', 'database', '--skip-build', ...process.argv.slice(2)], { root: path.resolve(__dirname, '..'), env: process.env, log: (l) => console.log(l) })
  .then((code) => process.exit(code), (err: unknown) => {
    console.error(err)
    process.exit(1)
  })
