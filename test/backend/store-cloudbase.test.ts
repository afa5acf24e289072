/**
 * The same contract against a real CloudBase environment. Needs TCB_TEST_ENV_ID,
 * TCB_TEST_SECRET_ID and TCB_TEST_SECRET_KEY (a throwaway test environment: records are
 * written with random ids and not cleaned up). Without them this file says so — no silent skip.
 */
import * as tcb from '@cloudbase/node-sdk'
import { createCloudbaseStore, type CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import { storeContract } from './store.contract'

const env = process.env.TCB_TEST_ENV_ID
const secretId = process.env.TCB_TEST_SECRET_ID
const secretKey = process.env.TCB_TEST_SECRET_KEY
export const SKIP_REASON = 'CloudBase store contract skipped: set TCB_TEST_ENV_ID, TCB_TEST_SECRET_ID and TCB_TEST_SECRET_KEY to run it'

if (env && secretId && secretKey) {
  storeContract('cloudbase', async () => {
    const app = tcb.init({ env, secretId, secretKey })
    return { store: createCloudbaseStore(() => app.database() as unknown as CloudDb), close: async () => undefined }
  })
} else {
  console.log(SKIP_REASON)
  describe('Store contract: cloudbase', () => {
    it('when no test environment credentials are set, then the suite reports why it did not run', () => {
      expect(SKIP_REASON).toMatch(/TCB_TEST_ENV_ID/)
      expect(env && secretId && secretKey).toBeFalsy()
    })
  })
}
