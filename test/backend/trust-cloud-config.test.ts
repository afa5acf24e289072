/**
 * The cloud side of the trust services: which OCR / SMS provider the environment selects, what
 * each needs (for a deploy check), and the SMS adapters' requests. CloudBase's SMS cloud call and
 * Tencent Cloud SMS cannot be reached here: a recording stand-in and a local signed-API stand-in
 * take their place.
 */
import { createCloudRuntimeFromEnv } from '../../backend/runtime/cloudbase'
import { trustEnvRequirements, trustOpenapiPermissions } from '../../backend/runtime/trust-services'
import { createCloudbaseSms } from '../../backend/adapters/cloudbase/sms-cloudbase'
import { createTencentSms } from '../../backend/adapters/tencent/sms-tencent'
import { createTc3Client } from '../../backend/adapters/tencent/tc3'
import { startTencentStandIn } from './support/tencent-stand-in'

const KEY = { FILING_CRYPTO_KEY: 'ab'.repeat(32) }
const noSend = async () => undefined

describe('provider selection', () => {
  it('when nothing is configured, then OCR is WeChat\'s cloud call and SMS is CloudBase\'s', () => {
    const rt = createCloudRuntimeFromEnv(KEY, noSend)
    expect([rt.ocr.provider, rt.sms.provider]).toEqual(['wechat', 'cloudbase'])
    expect(trustOpenapiPermissions({})).toEqual(['ocr.idcard', 'ocr.businessLicense', 'cloudbase.sendSms'])
  })

  it('when OCR_PROVIDER and SMS_PROVIDER say tencent, then both use Tencent Cloud and no cloud-call permission is needed', () => {
    const env = { ...KEY, OCR_PROVIDER: 'tencent', SMS_PROVIDER: 'Tencent' }
    const rt = createCloudRuntimeFromEnv(env, noSend)
    expect([rt.ocr.provider, rt.sms.provider]).toEqual(['tencent', 'tencent'])
    expect(trustOpenapiPermissions(env)).toEqual([])
  })

  it('lists what each choice needs, and what is missing, for a deploy check', () => {
    const missing = (env: Record<string, string>) => trustEnvRequirements(env).filter((r) => !r.present).map((r) => r.name)
    expect(missing({})).toEqual(['SMS_TEMPLATE_ID'])
    expect(missing({ SMS_PROVIDER: 'tencent', SMS_TEMPLATE_ID: '123' })).toEqual(['TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'SMS_SIGN_NAME', 'SMS_SDK_APP_ID'])
    expect(missing({ OCR_PROVIDER: 'local', SMS_TEMPLATE_ID: '1' })).toEqual(['OCR_PROVIDER'])
    expect(trustEnvRequirements({}).every((r) => /[\u4e00-\u9fff]/.test(r.why) && /[a-z]/i.test(r.why))).toBe(true)
  })

  it('when the configured verification page is set, then certificates link to it', () => {
    expect(createCloudRuntimeFromEnv({ ...KEY, CERTIFICATE_VERIFY_URL: ' https://kaiping.example/v ' }, noSend).settings.certificateVerifyUrl).toBe('https://kaiping.example/v')
  })
})

describe('CloudBase SMS (cloud call openapi.cloudbase.sendSms)', () => {
  it('when a code is sent, then a notification template gets the code and its minutes, to a +86 number', async () => {
    const calls: Array<Record<string, unknown>> = []
    const sms = createCloudbaseSms(async (args) => { calls.push(args); return { errCode: 0, sendStatusList: [{ code: 'Ok' }] } }, { env: 'env-1', templateId: 'tpl-sms' })
    expect(await sms.sendCode('13800138000', '123456', 10)).toEqual({ ok: true })
    expect(calls).toEqual([{ env: 'env-1', phoneNumberList: ['+8613800138000'], smsType: 'Notification', templateId: 'tpl-sms', templateParamList: ['123456', '10'] }])
  })

  it('when CloudBase refuses or the call throws, then the failure names the error but never the code', async () => {
    const refused = await createCloudbaseSms(async () => ({ errCode: 0, sendStatusList: [{ code: 'LimitExceeded.PhoneNumberDailyLimit', message: 'x' }] }), { env: 'e', templateId: 't' }).sendCode('13800138000', '654321', 10)
    expect(refused).toEqual({ ok: false, retryable: false, error: 'cloudbase sms LimitExceeded.PhoneNumberDailyLimit' })
    const thrown = await createCloudbaseSms(async () => { throw Object.assign(new Error('654321 quota'), { errCode: -501007 }) }, { env: 'e', templateId: 't' }).sendCode('13800138000', '654321', 10)
    expect(thrown).toEqual({ ok: false, retryable: true, error: 'cloudbase sms -501007' })
  })
})

describe('Tencent Cloud SMS (SendSms 2021-01-11, signed)', () => {
  const cred = { secretId: 'AKIDsms', secretKey: 'sms-secret' }
  it('when a code is sent, then the signed request names the app, signature and template, and Ok means sent', async () => {
    const standIn = await startTencentStandIn({ cred, hosts: ['sms.tencentcloudapi.com'], handle: async (_action, body) => ({ SendStatusSet: [{ Code: (body.PhoneNumberSet as string[])[0] === '+8613800138000' ? 'Ok' : 'InvalidParameterValue.IncorrectPhoneNumber' }] }) })
    try {
      const client = createTc3Client({ cred: () => cred, service: 'sms', host: 'sms.tencentcloudapi.com', version: '2021-01-11', region: 'ap-guangzhou', endpoint: standIn.url })
      const sms = createTencentSms(client, { sdkAppId: '1400000000', signName: '开平网信', templateId: '100001' })
      expect(await sms.sendCode('13800138000', '123456', 10)).toEqual({ ok: true })
      expect(standIn.calls[0]).toEqual({ action: 'SendSms', host: 'sms.tencentcloudapi.com', body: { PhoneNumberSet: ['+8613800138000'], SmsSdkAppId: '1400000000', SignName: '开平网信', TemplateId: '100001', TemplateParamSet: ['123456', '10'] } })
      expect(await sms.sendCode('13900139000', '123456', 10)).toEqual({ ok: false, retryable: false, error: 'tencent sms InvalidParameterValue.IncorrectPhoneNumber' })
      const wrongKey = createTencentSms(createTc3Client({ cred: () => ({ ...cred, secretKey: 'bad' }), service: 'sms', host: 'sms.tencentcloudapi.com', version: '2021-01-11', endpoint: standIn.url }), { sdkAppId: '1', signName: 's', templateId: 't' })
      expect(await wrongKey.sendCode('13800138000', '123456', 10)).toEqual({ ok: false, retryable: false, error: 'tencent sms AuthFailure.SignatureFailure' })
    } finally {
      await standIn.close()
    }
  })
})
