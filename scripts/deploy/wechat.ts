/**
 * WeChat's server API for the one thing CloudBase's API cannot do: a function's cloud-call
 * permission (config.json `permissions.openapi`). WeChat DevTools applies it on each upload; neither
 * `tcb` nor manager-node does. WeChat documents `POST /tcb/uploadfuncconfig` (type 1 = 云调用配置,
 * config `{"permissions":{"openapi":[…]}}`) and `POST /tcb/getfuncconfig` for exactly this, called
 * with the mini-program's own access token (read from the docs; not yet run against WeChat here).
 * The token comes from /cgi-bin/stable_token with the AppSecret; if the MP console has an API IP
 * whitelist, the deploying machine's IP must be on it.
 */

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ json(): Promise<unknown> }>

export interface WechatApi {
  getOpenapi(env: string, fn: string): Promise<string[]>
  grantOpenapi(env: string, fn: string, apis: string[]): Promise<void>
}

interface WxReply { errcode?: number; errmsg?: string; access_token?: string; config?: string }

export function createWechatApi(opts: { appid: string; secret: string; base?: string; fetch?: FetchLike }): WechatApi {
  const base = opts.base ?? 'https://api.weixin.qq.com'
  const doFetch: FetchLike = opts.fetch ?? ((url, init) => fetch(url, init))
  let token: string | null = null

  const post = async (path: string, body: unknown): Promise<WxReply> => {
    const res = await doFetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    return (await res.json()) as WxReply
  }
  const accessToken = async (): Promise<string> => {
    if (token) return token
    const r = await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: opts.appid, secret: opts.secret, force_refresh: false })
    if (!r.access_token) throw new Error(`WeChat refused the access token (${r.errcode} ${r.errmsg}): check WECHAT_APP_SECRET and the API IP whitelist in the MP console`)
    return (token = r.access_token)
  }
  const call = async (path: string, body: Record<string, unknown>): Promise<WxReply> => {
    const r = await post(`${path}?access_token=${encodeURIComponent(await accessToken())}`, body)
    return r
  }

  return {
    async getOpenapi(env, fn) {
      const r = await call('/tcb/getfuncconfig', { type: 1, env, function_name: fn })
      // 85089: no cloud-call configuration on record yet.
      if (r.errcode === 85089) return []
      if (r.errcode) throw new Error(`getfuncconfig ${fn}: ${r.errcode} ${r.errmsg}`)
      try {
        const cfg = JSON.parse(r.config ?? '{}') as { permissions?: { openapi?: unknown } }
        return Array.isArray(cfg.permissions?.openapi) ? cfg.permissions.openapi.filter((x): x is string => typeof x === 'string') : []
      } catch {
        return []
      }
    },
    async grantOpenapi(env, fn, apis) {
      const r = await call('/tcb/uploadfuncconfig', { type: 1, env, function_name: fn, config: JSON.stringify({ permissions: { openapi: apis } }) })
      if (r.errcode) throw new Error(`uploadfuncconfig ${fn}: ${r.errcode} ${r.errmsg}`)
    }
  }
}
