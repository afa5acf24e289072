/**
 * WeChat subscription messages through an injected `send` — in a deployed function that is
 * wx-server-sdk's `cloud.openapi.subscribeMessage.send` (a cloud call; needs
 * `permissions.openapi: ["subscribeMessage.send"]` in config.json), or a POST to
 * /cgi-bin/message/subscribe/send with an access token. node-sdk has no typed send, so the
 * transport stays outside this class. Errors come back typed; 43101 etc. are not retryable.
 */
import { NOT_RETRYABLE_CODES, type Notifier, type OutgoingMessage, type SendResult } from '../../ports/notifier.port'

export type SubscribeSend = (args: {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: 'developer' | 'trial' | 'formal'
}) => Promise<{ errCode?: number; errcode?: number; errMsg?: string; errmsg?: string } | undefined>

export class WechatNotifier implements Notifier {
  constructor(
    private readonly transport: SubscribeSend,
    private readonly state: 'developer' | 'trial' | 'formal' = 'formal'
  ) {}

  async send(msg: OutgoingMessage): Promise<SendResult> {
    try {
      const res = await this.transport({ touser: msg.openid, templateId: msg.templateId, page: msg.page, data: msg.data, miniprogramState: this.state })
      const code = res?.errCode ?? res?.errcode ?? 0
      return code === 0 ? { ok: true } : failure(code, res?.errMsg ?? res?.errmsg ?? '')
    } catch (err) {
      // wx-server-sdk throws on a WeChat error, with errCode on the error object.
      const e = (err ?? {}) as { errCode?: unknown; errcode?: unknown; errMsg?: unknown; message?: unknown }
      const code = typeof e.errCode === 'number' ? e.errCode : typeof e.errcode === 'number' ? e.errcode : 'network'
      return failure(code, String(e.errMsg ?? e.message ?? err))
    }
  }
}

function failure(code: number | string, message: string): SendResult {
  return { ok: false, code, message, retryable: !(typeof code === 'number' && NOT_RETRYABLE_CODES.has(code)) }
}
