/**
 * The one piece of the outside world the weapp tests replace: `wx.cloud` (CloudBase).
 * Its callFunction runs the very same cloud-function `main`s the cloud would, on a local
 * runtime (real SQLite in a temp dir), as the caller `openid` — what CloudBase's context gives.
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { setRuntime } from '../../backend/runtime/current'
import { createLocalRuntime, type LocalRuntime } from '../../backend/runtime/local'
import type { WxCloudStub } from './harness'

type Main = (event: unknown, context: unknown) => Promise<unknown>

export interface LocalCloud {
  runtime: LocalRuntime
  stub: WxCloudStub
  /** Who the mini-program user is, as WeChat would tell CloudBase. */
  actAs(openid: string): void
  /**
   * A `wx.requestSubscribeMessage` that answers `answer` for every template and, like WeChat's
   * servers, records each accept for the current user in the local notifier (one message each).
   */
  subscribePrompt(answer: 'accept' | 'reject', before?: () => void): jest.Mock
  close(): void
}

export async function localCloud (opts: { now?: () => Date, seedDemo?: boolean } = {}): Promise<LocalCloud> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-weapp-'))
  const runtime = createLocalRuntime({ dataDir, now: opts.now, seedDemo: opts.seedDemo ?? false })
  await runtime.ready
  setRuntime(runtime)
  const mains: Record<string, () => Main> = {
    applicant: () => require('../../cloudfunctions/applicant/index').main,
    staff: () => require('../../cloudfunctions/staff/index').main,
    public: () => require('../../cloudfunctions/public/index').main
  }
  let openid = 'demo-applicant-a'
  const stub: WxCloudStub = {
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string, data: unknown }) => {
      const load = mains[name]
      if (load === undefined) throw new Error(`cloud function ${name} does not exist`)
      const main = load()
      // A structured clone, as the wire would do: the page never shares objects with the backend.
      return { result: JSON.parse(JSON.stringify(await main(JSON.parse(JSON.stringify(data)), { local: { openid } }))) }
    }),
    uploadFile: jest.fn(),
    // wx.cloud.downloadFile by fileID: what CloudBase's storage serves, from the runtime's files.
    downloadFile: jest.fn(async ({ fileID }: { fileID: string }) => {
      const bytes = await runtime.files.read(fileID)
      if (bytes === null) throw Object.assign(new Error('storage file not exist'), { errCode: -503003 })
      return { tempFilePath: `wxfile://tmp/${fileID.split('/').pop() ?? 'file'}`, statusCode: 200, errMsg: 'downloadFile:ok' }
    })
  }
  return {
    runtime,
    stub,
    actAs: (id) => { openid = id },
    subscribePrompt: (answer, before) => jest.fn((o: { tmplIds: string[], success?: (r: Record<string, string>) => void }) => {
      before?.()
      const res: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' }
      for (const id of o.tmplIds) {
        res[id] = answer
        if (answer === 'accept') runtime.inbox.grant(openid, id)
      }
      o.success?.(res)
    }),
    close: () => { runtime.close(); rmSync(dataDir, { recursive: true, force: true }) }
  }
}
