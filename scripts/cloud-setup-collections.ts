/**
 * Creates the CloudBase collections the backend uses (idempotent) and prints the indexes to
 * add in the console (node-sdk cannot create indexes; see backend/README.md).
 *   TCB_ENV=… TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npx tsx scripts/cloud-setup-collections.ts
 */
import * as tcb from '@cloudbase/node-sdk'
import { COLLECTIONS } from '../backend/adapters/cloudbase/store-cloudbase'

async function run(): Promise<void> {
  const env = process.env.TCB_ENV
  if (!env) throw new Error('Set TCB_ENV (and TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY outside the cloud)')
  const app = tcb.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
  const db = app.database() as unknown as { createCollection(name: string): Promise<{ code?: string; message?: string }> }
  for (const name of COLLECTIONS) {
    const res = await db.createCollection(name)
    // An existing collection answers with an error code; that is the idempotent case.
    console.log(`${name}: ${res?.code ? `exists or failed (${res.code} ${res.message ?? ''})` : 'created'}`)
  }
  console.log('Now add the indexes listed in backend/README.md ("Collections (CloudBase)") in the console.')
}

run().catch((err) => {
  console.error(err)
  process.exit(1)
})
