/**
 * SMS through CloudBase (云开发短信): wx-server-sdk's cloud call `openapi.cloudbase.sendSms` with a
 * notification template (config.json `permissions.openapi: ["cloudbase.sendSms"]`). The
 * template's parameters are the code and its lifetime in minutes. Never logs the code.
 */
import type { SmsResult, SmsSender } from '../../ports/trust.port'

export type CloudbaseSendSms = (args: Record<string, unknown>) => Promise<Record<string, unknown>>

export function createCloudbaseSms(send: CloudbaseSendSms, opts: { env: string; templateId: string }): SmsSender {
  return {
    provider: 'cloudbase',
    async sendCode(phone, code, ttlMinutes): Promise<SmsResult> {
      try {
        const res = await send({ env: opts.env, phoneNumberList: [`+86${phone}`], smsType: 'Notification', templateId: opts.templateId, templateParamList: [code, String(ttlMinutes)] })
        const errCode = res.errCode ?? res.errcode ?? 0
        if (errCode !== 0) return { ok: false, retryable: false, error: `cloudbase sms ${String(errCode)}` }
        const status = (res.sendStatusList ?? res.send_status_list) as Array<{ code?: string; message?: string }> | undefined
        const first = status?.[0]
        if (first && first.code && first.code.toLowerCase() !== 'ok') return { ok: false, retryable: false, error: `cloudbase sms ${first.code}` }
        return { ok: true }
      } catch (err) {
        const e = (err ?? {}) as { errCode?: unknown }
        return { ok: false, retryable: true, error: `cloudbase sms ${typeof e.errCode === 'number' ? e.errCode : 'network'}` }
      }
    }
  }
}
