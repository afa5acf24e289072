/** Sends one WeChat subscription message. Never throws: failures come back typed. */
export interface OutgoingMessage {
  openid: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

export type SendResult =
  | { ok: true }
  | { ok: false; code: number | string; message: string; retryable: boolean }

export interface Notifier {
  send(msg: OutgoingMessage): Promise<SendResult>
}

/** 43101: the user did not subscribe or has no quota left; retrying cannot help. */
export const NOT_RETRYABLE_CODES: ReadonlySet<number> = new Set([43101, 47003, 40037, 40003, 41030])
