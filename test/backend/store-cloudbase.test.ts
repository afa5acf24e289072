/**
 * The same contract against a real CloudBase environment. Needs TCB_TEST_ENV_ID,
 * TCB_TEST_SECRET_ID and TCB_TEST_SECRET_KEY (a throwaway test environment: records are
 * written with random ids and not cleaned up). Without them the suite is reported as skipped,
 * with the reason in its name and printed, never as a passing test.
 */
import * as tcb from '@cloudbase/node-sdk'
import { createCloudbaseStore, type CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import { storeContract } from './store.contract'

const env = process.env.TCB_TEST_ENV_ID
const secretId = process.env.TCB_TEST_SECRET_ID
const secretKey = process.env.TCB_TEST_SECRET_KEY
export const SKIP_REASON = 'set TCB_TEST_ENV_ID, TCB_TEST_SECRET_ID and TCB_TEST_SECRET_KEY to run it against a CloudBase test environment'

if (env && secretId && secretKey) {
  storeContract('cloudbase', async () => {
    const app = tcb.init({ env, secretId, secretKey })
    return { store: createCloudbaseStore(() => app.database() as unknown as CloudDb), close: async () => undefined }
  })
} else {
  console.log(`CloudBase store contract skipped: ${SKIP_REASON}`)
  describe.skip(`Store contract: cloudbase — skipped: ${SKIP_REASON}`, () => {
    it('runs the shared store contract against CloudBase', () => undefined)
  })
}
