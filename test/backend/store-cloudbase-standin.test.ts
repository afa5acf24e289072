/**
 * The CloudBase store adapter's own code against the shared store contract, on an in-memory
 * stand-in for CloudBase's database (./support/cloudbase-standin.ts: CloudBase itself is the
 * only thing replaced). store-cloudbase.test.ts runs the same contract on a real environment.
 */
import { createCloudbaseStore } from '../../backend/adapters/cloudbase/store-cloudbase'
import { cloudbaseStandIn } from './support/cloudbase-standin'
import { storeContract } from './store.contract'

storeContract('cloudbase adapter on an in-memory CloudBase stand-in', async () => {
  const db = cloudbaseStandIn()
  return { store: createCloudbaseStore(() => db), close: async () => undefined }
})
