/**
 * Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256), with node:crypto only: the official
 * SDK would add megabytes to a cloud function for two calls. Steps and names follow the
 * documentation's worked example (test/backend/tc3.test.ts reproduces it).
 */
import { createHash, createHmac } from 'node:crypto'

export interface Tc3Credentials {
  secretId: string
  secretKey: string
  /** Temporary credentials (e.g. a function's role) come with a session token. */
  token?: string
}

export interface Tc3Request {
  service: string
  host: string
  action: string
  version: string
  region?: string
  /** The exact body that is sent (the signature covers these bytes). */
  payload: string
  /** Unix seconds. */
  timestamp: number
}

export interface Tc3Signed {
  canonicalRequest: string
  stringToSign: string
  signature: string
  authorization: string
  headers: Record<string, string>
}

const CONTENT_TYPE = 'application/json; charset=utf-8'
const SIGNED_HEADERS = 'content-type;host'

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const hmac = (key: Buffer | string, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest()

export function signTc3(cred: Tc3Credentials, req: Tc3Request): Tc3Signed {
  // The credential date is the UTC date of the timestamp, never the local one.
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10)
  const canonicalRequest = ['POST', '/', '', `content-type:${CONTENT_TYPE}\nhost:${req.host}\n`, SIGNED_HEADERS, sha256Hex(req.payload)].join('\n')
  const scope = `${date}/${req.service}/tc3_request`
  const stringToSign = ['TC3-HMAC-SHA256', String(req.timestamp), scope, sha256Hex(canonicalRequest)].join('\n')
  const secretSigning = hmac(hmac(hmac(`TC3${cred.secretKey}`, date), req.service), 'tc3_request')
  const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex')
  const authorization = `TC3-HMAC-SHA256 Credential=${cred.secretId}/${scope}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`
  const headers: Record<string, string> = {
    Authorization: authorization,
    'Content-Type': CONTENT_TYPE,
    Host: req.host,
    'X-TC-Action': req.action,
    'X-TC-Timestamp': String(req.timestamp),
    'X-TC-Version': req.version
  }
  if (req.region) headers['X-TC-Region'] = req.region
  if (cred.token) headers['X-TC-Token'] = cred.token
  return { canonicalRequest, stringToSign, signature, authorization, headers }
}

/** What Tencent Cloud answers: `Response` with the result, or `Response.Error`. */
export interface Tc3Response<T> {
  Response: T & { Error?: { Code: string; Message: string }; RequestId?: string }
}

export type Fetch = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{ status: number; json(): Promise<unknown> }>

export class TencentApiError extends Error {
  constructor(readonly code: string, message: string, readonly retryable: boolean) {
    super(message)
  }
}

/** Codes worth retrying later (throttled, busy); everything else is a configuration or input fault. */
const RETRYABLE = /^(RequestLimitExceeded|InternalError|ResourceUnavailable|FailedOperation\.(?:ServiceBusy|Busy)|LimitExceeded\.TooMany)/

export interface Tc3Client {
  call<T>(action: string, body: Record<string, unknown>): Promise<T>
}

export function createTc3Client(opts: { cred: () => Tc3Credentials; service: string; host: string; version: string; region?: string; endpoint?: string; fetch?: Fetch; now?: () => Date; timeoutMs?: number }): Tc3Client {
  const doFetch: Fetch = opts.fetch ?? ((url, init) => fetch(url, init))
  return {
    async call<T>(action: string, body: Record<string, unknown>): Promise<T> {
      const payload = JSON.stringify(body)
      const timestamp = Math.floor((opts.now?.() ?? new Date()).getTime() / 1000)
      const signed = signTc3(opts.cred(), { service: opts.service, host: opts.host, action, version: opts.version, region: opts.region, payload, timestamp })
      const ctl = new AbortController()
      const timer = setTimeout(() => ctl.abort(), opts.timeoutMs ?? 8000)
      let res: { status: number; json(): Promise<unknown> }
      try {
        res = await doFetch(opts.endpoint ?? `https://${opts.host}/`, { method: 'POST', headers: signed.headers, body: payload, signal: ctl.signal })
      } catch (e) {
        throw new TencentApiError('Network', `network: ${e instanceof Error ? e.message : String(e)}`, true)
      } finally {
        clearTimeout(timer)
      }
      const json = (await res.json().catch(() => null)) as Tc3Response<T> | null
      if (!json || typeof json !== 'object' || !json.Response) throw new TencentApiError('BadResponse', `HTTP ${res.status} without a Response`, res.status >= 500)
      const err = json.Response.Error
      if (err) throw new TencentApiError(err.Code, `${err.Code}: ${err.Message}`, RETRYABLE.test(err.Code))
      return json.Response
    }
  }
}
