/**
 * Which OCR and SMS services the cloud functions use, chosen by environment variables, and what
 * each choice needs (a deploy check can call `trustEnvRequirements` to name what is missing).
 *
 *   OCR_PROVIDER   wechat (default: WeChat's cloud call, wx-server-sdk) | tencent (Tencent Cloud OCR)
 *   SMS_PROVIDER   cloudbase (default: CloudBase SMS, wx-server-sdk) | tencent (Tencent Cloud SMS)
 *   TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (/ TENCENTCLOUD_SESSION_TOKEN)
 *                  API key for the tencent providers; a function's role credentials also work
 *   TENCENT_REGION         region of the Tencent Cloud APIs (default ap-guangzhou)
 *   SMS_TEMPLATE_ID        approved template: "验证码{1}，{2}分钟内有效…" (both providers)
 *   SMS_SIGN_NAME, SMS_SDK_APP_ID   signature and SMS application (tencent only)
 *   CERTIFICATE_VERIFY_URL optional page that opens a certificate check (the QR code carries a link to it)
 * The local engine (PaddleOCR on ONNX Runtime) and the inbox SMS exist only in the local runtime.
 */
import type { OcrEngine, SmsSender } from '../ports/trust.port'
import { createWechatOcr } from '../adapters/cloudbase/ocr-wechat'
import { createCloudbaseSms } from '../adapters/cloudbase/sms-cloudbase'
import { wxOpenapi } from '../adapters/cloudbase/wx-cloud'
import { createTc3Client, type Fetch, type Tc3Credentials } from '../adapters/tencent/tc3'
import { createTencentOcr } from '../adapters/tencent/ocr-tencent'
import { createTencentSms } from '../adapters/tencent/sms-tencent'

export const CLOUD_OCR_PROVIDERS = ['wechat', 'tencent'] as const
export const CLOUD_SMS_PROVIDERS = ['cloudbase', 'tencent'] as const

type Env = Record<string, string | undefined>

export interface EnvRequirement {
  name: string
  /** Why it is needed, in Chinese and English, for a deploy check to print. */
  why: string
  present: boolean
}

function ocrProvider(env: Env): string {
  return (env.OCR_PROVIDER || 'wechat').trim().toLowerCase()
}

function smsProvider(env: Env): string {
  return (env.SMS_PROVIDER || 'cloudbase').trim().toLowerCase()
}

/** Every variable the chosen providers need, and whether it is set. Unknown providers are listed too. */
export function trustEnvRequirements(env: Env): EnvRequirement[] {
  const need = (name: string, why: string): EnvRequirement => ({ name, why, present: Boolean(env[name]?.trim()) })
  const out: EnvRequirement[] = []
  const ocr = ocrProvider(env)
  const sms = smsProvider(env)
  if (!(CLOUD_OCR_PROVIDERS as readonly string[]).includes(ocr)) out.push({ name: 'OCR_PROVIDER', why: `OCR_PROVIDER 只能是 ${CLOUD_OCR_PROVIDERS.join(' / ')} (must be one of them)`, present: false })
  if (!(CLOUD_SMS_PROVIDERS as readonly string[]).includes(sms)) out.push({ name: 'SMS_PROVIDER', why: `SMS_PROVIDER 只能是 ${CLOUD_SMS_PROVIDERS.join(' / ')} (must be one of them)`, present: false })
  if (ocr === 'tencent' || sms === 'tencent') {
    out.push(need('TENCENTCLOUD_SECRET_ID', '腾讯云 API 密钥 SecretId（Tencent Cloud API key id）'))
    out.push(need('TENCENTCLOUD_SECRET_KEY', '腾讯云 API 密钥 SecretKey（Tencent Cloud API key secret）'))
  }
  out.push(need('SMS_TEMPLATE_ID', '已审核通过的验证码短信模板 ID（approved SMS template: code, minutes）'))
  if (sms === 'tencent') {
    out.push(need('SMS_SIGN_NAME', '短信签名（approved SMS signature）'))
    out.push(need('SMS_SDK_APP_ID', '短信应用 SdkAppId（SMS application id）'))
  }
  return out
}

/** The openapi permissions the applicant function needs for the chosen providers (config.json). */
export function trustOpenapiPermissions(env: Env): string[] {
  const out: string[] = []
  if (ocrProvider(env) === 'wechat') out.push('ocr.idcard', 'ocr.businessLicense')
  if (smsProvider(env) === 'cloudbase') out.push('cloudbase.sendSms')
  return out
}

export interface CloudTrustServices {
  ocr: OcrEngine
  sms: SmsSender
  certificateVerifyUrl: string | null
}

export interface CloudTrustDeps {
  fetch?: Fetch
  wechatOcr?: Parameters<typeof createWechatOcr>[0]
  cloudbaseSend?: Parameters<typeof createCloudbaseSms>[0]
}

/** Builds the services; missing configuration surfaces when a service is used, not at load. */
export function createCloudTrustServices(env: Env, deps: CloudTrustDeps = {}): CloudTrustServices {
  const region = env.TENCENT_REGION || 'ap-guangzhou'
  const cred = (): Tc3Credentials => {
    const secretId = env.TENCENTCLOUD_SECRET_ID
    const secretKey = env.TENCENTCLOUD_SECRET_KEY
    if (!secretId || !secretKey) throw new Error('TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY are not set')
    return { secretId, secretKey, token: env.TENCENTCLOUD_SESSION_TOKEN || undefined }
  }
  const ocr = ocrProvider(env) === 'tencent'
    ? createTencentOcr(createTc3Client({ cred, service: 'ocr', host: 'ocr.tencentcloudapi.com', version: '2018-11-19', region, fetch: deps.fetch }))
    : createWechatOcr(deps.wechatOcr ?? { idcard: wxOpenapi('ocr', 'idcard'), businessLicense: wxOpenapi('ocr', 'businessLicense') })
  const templateId = env.SMS_TEMPLATE_ID ?? ''
  const sms = smsProvider(env) === 'tencent'
    ? createTencentSms(createTc3Client({ cred, service: 'sms', host: 'sms.tencentcloudapi.com', version: '2021-01-11', region, fetch: deps.fetch }), { sdkAppId: env.SMS_SDK_APP_ID ?? '', signName: env.SMS_SIGN_NAME ?? '', templateId })
    : createCloudbaseSms(deps.cloudbaseSend ?? wxOpenapi('cloudbase', 'sendSms'), { env: env.TCB_ENV || env.SCF_NAMESPACE || '', templateId })
  return { ocr, sms, certificateVerifyUrl: env.CERTIFICATE_VERIFY_URL?.trim() || null }
}
