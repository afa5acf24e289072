/** The CloudBase-side adapters that can be checked without a cloud environment. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportTimeMatchesCore } from '../../backend/services/export-xlsx'
import { createCloudbaseFiles, type FileApi } from '../../backend/adapters/cloudbase/files-cloudbase'
import { WechatNotifier, type SubscribeSend } from '../../backend/adapters/cloudbase/notifier-wechat'
import { createCloudRuntimeFromEnv } from '../../backend/runtime/cloudbase'

const msg = { openid: 'o1', templateId: 't1', page: 'pages/filings/detail?id=1', data: { thing1: { value: '开平美食' } } }

describe('WechatNotifier', () => {
  it('when the cloud call succeeds, then the send is ok and carries touser, page and state', async () => {
    const send = jest.fn<ReturnType<SubscribeSend>, Parameters<SubscribeSend>>().mockResolvedValue({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
    expect(await new WechatNotifier(send, 'trial').send(msg)).toEqual({ ok: true })
    expect(send).toHaveBeenCalledWith({ touser: 'o1', templateId: 't1', page: msg.page, data: msg.data, miniprogramState: 'trial' })
  })

  it('when WeChat throws 43101, then the failure is typed and not retryable', async () => {
    const send: SubscribeSend = async () => {
      throw Object.assign(new Error('user refuse'), { errCode: 43101, errMsg: 'user refuse to accept the msg' })
    }
    expect(await new WechatNotifier(send).send(msg)).toEqual({ ok: false, code: 43101, message: 'user refuse to accept the msg', retryable: false })
  })

  it('when the network fails, then the failure is retryable', async () => {
    const send: SubscribeSend = async () => {
      throw new Error('ECONNRESET')
    }
    expect(await new WechatNotifier(send).send(msg)).toMatchObject({ ok: false, code: 'network', retryable: true })
  })
})

describe('CloudBase files', () => {
  // Stands in for the storage host a temp link points at: 404 for a missing object, its size and
  // type otherwise (as COS answers a HEAD).
  let storage: Server
  let base = ''
  beforeAll(async () => {
    storage = createServer((req, res) => {
      if (req.method !== 'HEAD') return void res.writeHead(405).end()
      if (req.url?.includes('missing')) return void res.writeHead(404).end()
      res.writeHead(200, { 'content-length': '1234', 'content-type': 'image/jpeg' }).end()
    })
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(storage.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => storage.close(() => resolve())))

  const api: FileApi = {
    getTempFileURL: async ({ fileList }) => ({
      fileList: fileList.map((f) => ({ code: 'SUCCESS', fileID: f.fileID, tempFileURL: f.maxAge === 600 ? `https://tmp/${f.maxAge}` : `${base}/${f.fileID.split('/').pop()}?sign=x&t=${f.maxAge}` }))
    }),
    uploadFile: async ({ cloudPath }) => ({ fileID: `cloud://env-1.bucket/${cloudPath}` }),
    downloadFile: async ({ fileID }) => {
      if (fileID.endsWith('missing.jpg')) throw Object.assign(new Error('storage file not exist'), { code: 'STORAGE_FILE_NONEXIST' })
      return { fileContent: Buffer.from('bytes of ' + fileID) }
    },
    deleteFile: async () => ({}),
    getUploadMetadata: jest.fn(async ({ cloudPath }: { cloudPath: string }) => ({ data: { fileId: `cloud://env-1.6465-env-1-1300000000/${cloudPath}` } }))
  }
  const files = createCloudbaseFiles(() => api)

  it('when a fileId is a cloud:// id, then its path is recovered for the ownership check', () => {
    expect(files.pathOf('cloud://env-1.6465-env-1-1300000000/filings/abc/d1/id_front-1.jpg')).toBe('filings/abc/d1/id_front-1.jpg')
    expect(files.pathOf('https://evil/filings/abc.jpg')).toBeNull()
  })

  it('when info and links are asked for, then missing files are reported and links last 600 s', async () => {
    expect(await files.info('cloud://e.b/filings/a/missing.jpg')).toEqual({ exists: false, size: 0, contentType: null })
    expect(await files.info('cloud://e.b/filings/a/ok.jpg')).toEqual({ exists: true, size: 1234, contentType: 'image/jpeg' })
    expect(await files.signedUrls(['cloud://e.b/x.jpg'], 600)).toEqual({ 'cloud://e.b/x.jpg': 'https://tmp/600' })
  })

  it('when the runtime has no global fetch (a function below Node 18), then a stored file still reads as existing', async () => {
    const saved = globalThis.fetch
    // @ts-expect-error -- removing the global on purpose, as an older runtime lacks it
    delete globalThis.fetch
    try {
      expect(await files.info('cloud://e.b/filings/a/ok.jpg')).toEqual({ exists: true, size: 1234, contentType: 'image/jpeg' })
    } finally {
      globalThis.fetch = saved
    }
  })

  it('when the fileId of a path is asked for, then the environment prefix is learned once and reused without writing anything', async () => {
    expect(await files.idOf('uploads/abc/u1.jpg')).toBe('cloud://env-1.6465-env-1-1300000000/uploads/abc/u1.jpg')
    expect(await files.idOf('uploads/abc/u2.jpg')).toBe('cloud://env-1.6465-env-1-1300000000/uploads/abc/u2.jpg')
    expect(api.getUploadMetadata).toHaveBeenCalledTimes(1)
  })

  it('when a file is read, then its bytes come back, and a missing file reads as null', async () => {
    expect((await files.read('cloud://e.b/uploads/a/ok.jpg'))?.toString()).toBe('bytes of cloud://e.b/uploads/a/ok.jpg')
    expect(await files.read('cloud://e.b/uploads/a/missing.jpg')).toBeNull()
  })
})

describe('cloud runtime', () => {
  it('when FILING_CRYPTO_KEY is missing, then building the runtime fails loudly instead of storing plain ID numbers', () => {
    expect(() => createCloudRuntimeFromEnv({}, async () => undefined)).toThrow(/FILING_CRYPTO_KEY/)
  })

  it('when MINIPROGRAM_STATE is set by deploy, then every send names that version of the mini-program', async () => {
    const send = jest.fn<ReturnType<SubscribeSend>, Parameters<SubscribeSend>>().mockResolvedValue({ errCode: 0 })
    for (const state of ['trial', 'developer', 'formal'] as const) {
      const rt = createCloudRuntimeFromEnv({ FILING_CRYPTO_KEY: 'ab'.repeat(32), MINIPROGRAM_STATE: state }, send)
      await rt.notifier.send(msg)
      expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ miniprogramState: state }))
    }
  })

  it('when built from env, then admins, template ids and their data keys come from the environment and nothing connects yet', () => {
    const SUBSCRIBE_TEMPLATES = JSON.stringify({ reviewResult: { id: 'tpl-1', keys: { accountName: 'thing7', result: 'phrase3', remark: 'thing9' } } })
    const rt = createCloudRuntimeFromEnv({ FILING_CRYPTO_KEY: 'ab'.repeat(32), ADMIN_OPENIDS: 'oA, oB', SUBSCRIBE_TEMPLATES, SUBSCRIBE_LONG_TERM: 'true' }, async () => undefined)
    expect(rt.settings).toEqual({
      adminOpenids: ['oA', 'oB'],
      subscribe: { longTerm: true, templates: { reviewResult: { id: 'tpl-1', keys: { accountName: 'thing7', result: 'phrase3', remark: 'thing9' } } } },
      certificateVerifyUrl: null
    })
    expect(rt.crypto.decrypt(rt.crypto.encrypt('440783199001011230'))).toBe('440783199001011230')
  })

  it('when SUBSCRIBE_TEMPLATES names a key of the wrong type, then building the runtime fails and says which slot', () => {
    const SUBSCRIBE_TEMPLATES = JSON.stringify({ reviewResult: { id: 'tpl-1', keys: { accountName: 'thing1', result: 'time2' } } })
    expect(() => createCloudRuntimeFromEnv({ FILING_CRYPTO_KEY: 'ab'.repeat(32), SUBSCRIBE_TEMPLATES }, async () => undefined)).toThrow(/reviewResult\.keys\.result/)
  })
})

describe('export time format', () => {
  it.each(['2024-03-04T02:00:00.000Z', '2024-12-31T16:30:00.000Z', '2024-02-29T15:59:59.999Z'])('when %s is formatted for the export, then it matches core localDateTime', (iso) => {
    expect(exportTimeMatchesCore(iso, 'Asia/Shanghai')).toBe(true)
  })
})
