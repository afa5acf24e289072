/**
 * wx-server-sdk, loaded at run time and initialised once: the cloud calls (subscription
 * messages, OCR, CloudBase SMS) go through it. It is not a repository dependency; the build
 * adds it to the package.json of functions whose config.json asks for one of its permissions,
 * and requiring it by a computed name keeps esbuild from looking for it.
 */
export interface WxCloud {
  DYNAMIC_CURRENT_ENV: unknown
  init(o: { env: unknown }): void
  openapi: Record<string, Record<string, (args: Record<string, unknown>) => Promise<Record<string, unknown>>>>
}

let cloud: WxCloud | null = null

export function wxCloud(): WxCloud {
  if (cloud === null) {
    const name = 'wx-server-sdk'
    const loaded = require(name) as WxCloud
    loaded.init({ env: loaded.DYNAMIC_CURRENT_ENV })
    cloud = loaded
  }
  return cloud
}

/** One openapi method, e.g. wxOpenapi('ocr', 'idcard'). */
export function wxOpenapi(group: string, method: string): (args: Record<string, unknown>) => Promise<Record<string, unknown>> {
  return (args) => {
    const fn = wxCloud().openapi[group]?.[method]
    if (typeof fn !== 'function') return Promise.reject(new Error(`wx-server-sdk has no openapi.${group}.${method}`))
    return fn(args)
  }
}
