/**
 * Tencent Cloud SMS (sms.tencentcloudapi.com, SendSms, version 2021-01-11): an approved signature
 * (SignName) and template whose parameters are the code and its lifetime in minutes.
 * Errors name the provider's code, never the SMS code or the full number.
 */
import type { SmsResult, SmsSender } from '../../ports/trust.port'
import { TencentApiError, type Tc3Client } from './tc3'

export interface TencentSmsConfig {
  sdkAppId: string
  signName: string
  templateId: string
}

export function createTencentSms(client: Tc3Client, cfg: TencentSmsConfig): SmsSender {
  return {
    provider: 'tencent',
    async sendCode(phone, code, ttlMinutes): Promise<SmsResult> {
      try {
        const res = await client.call<{ SendStatusSet?: Array<{ Code?: string }> }>('SendSms', {
          PhoneNumberSet: [`+86${phone}`],
          SmsSdkAppId: cfg.sdkAppId,
          SignName: cfg.signName,
          TemplateId: cfg.templateId,
          TemplateParamSet: [code, String(ttlMinutes)]
        })
        const status = res.SendStatusSet?.[0]?.Code
        return status === 'Ok' ? { ok: true } : { ok: false, retryable: false, error: `tencent sms ${status ?? 'no status'}` }
      } catch (e) {
        if (e instanceof TencentApiError) return { ok: false, retryable: e.retryable, error: `tencent sms ${e.code}` }
        throw e
      }
    }
  }
}
