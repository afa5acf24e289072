/** The CloudBase-side adapters that can be checked without a cloud environment. */
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
  const api: FileApi = {
    getFileInfo: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ code: fileID.endsWith('missing.jpg') ? 'STORAGE_FILE_NONEXIST' : 'SUCCESS', fileID, size: 1234, contentType: 'image/jpeg' })) }),
    getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map((f) => ({ code: 'SUCCESS', fileID: f.fileID, tempFileURL: `https://tmp/${f.maxAge}` })) }),
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

  it('when built from env, then admins and template id come from the environment and nothing connects yet', () => {
    const rt = createCloudRuntimeFromEnv({ FILING_CRYPTO_KEY: 'ab'.repeat(32), ADMIN_OPENIDS: 'oA, oB', TEMPLATE_ID_STATUS: 'tpl-1' }, async () => undefined)
    expect(rt.settings).toEqual({ adminOpenids: ['oA', 'oB'], templateIds: { statusChanged: 'tpl-1' } })
    expect(rt.crypto.decrypt(rt.crypto.encrypt('440783199001011230'))).toBe('440783199001011230')
  })
})

describe('export time format', () => {
  it.each(['2024-03-04T02:00:00.000Z', '2024-12-31T16:30:00.000Z', '2024-02-29T15:59:59.999Z'])('when %s is formatted for the export, then it matches core localDateTime', (iso) => {
    expect(exportTimeMatchesCore(iso, 'Asia/Shanghai')).toBe(true)
  })
})
