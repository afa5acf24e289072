/**
 * A local stand-in for Tencent Cloud's API endpoint (which cannot be reached here): it checks
 * each request's TC3 signature with the shared secret exactly as the real service does, then
 * hands the action to `handle`. Listens on 127.0.0.1 only.
 */
import http from 'node:http'
import { signTc3, type Tc3Credentials } from '../../../backend/adapters/tencent/tc3'

export interface StandIn {
  url: string
  calls: Array<{ action: string; body: Record<string, unknown>; host: string }>
  close(): Promise<void>
}

/**
 * `hosts`: the API hosts it stands in for (the request's Host header is this server's address,
 * since fetch cannot send another; the real service signs over its own host name).
 */
export async function startTencentStandIn(opts: { cred: Tc3Credentials; hosts: string[]; handle: (action: string, body: Record<string, unknown>, host: string) => Promise<Record<string, unknown>> }): Promise<StandIn> {
  const calls: StandIn['calls'] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const payload = Buffer.concat(chunks).toString('utf8')
        const h = (name: string) => String(req.headers[name.toLowerCase()] ?? '')
        const action = h('X-TC-Action')
        const auth = h('Authorization')
        const service = /\/([a-z]+)\/tc3_request/.exec(auth)?.[1] ?? ''
        const host = opts.hosts.find((x) => x.startsWith(`${service}.`)) ?? ''
        const expected = signTc3(opts.cred, { service, host, action, version: h('X-TC-Version'), region: h('X-TC-Region') || undefined, payload, timestamp: Number(h('X-TC-Timestamp')) })
        let response: Record<string, unknown>
        if (!host || auth !== expected.authorization) {
          response = { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' } }
        } else {
          const body = JSON.parse(payload) as Record<string, unknown>
          calls.push({ action, body, host })
          response = await opts.handle(action, body, host)
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ Response: { ...response, RequestId: `req-${calls.length}` } }))
      })()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() })
  }
}
