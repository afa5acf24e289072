/**
 * The local runtime: one HTTP server that serves the h5 build and calls the very same
 * `main(event, context)` of each cloud function, wired to local adapters (SQLite, disk, inbox).
 * The demo-identity switch lives only here: the server turns the `x-demo-openid` header into
 * `context.local.openid`, which only the local identity adapter reads.
 */
import http from 'node:http'
import path from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { setRuntime } from '../backend/runtime/current'
import { createLocalRuntime, type LocalRuntime } from '../backend/runtime/local'
import { main as applicant } from '../cloudfunctions/applicant/index'
import { main as staff } from '../cloudfunctions/staff/index'
import { main as publicFn } from '../cloudfunctions/public/index'
import { main as system } from '../cloudfunctions/system/index'
import { renderInbox } from './inbox-page'
import { promptTemplateIds } from '../backend/core'
import { MAX_PDF_BYTES, MAX_UPLOAD_BYTES } from '../src/core/image/limits'

type Main = (event: unknown, context: unknown) => Promise<unknown>
const FUNCTIONS: Record<string, Main> = { applicant, staff, public: publicFn, system }

const MAX_JSON_BYTES = 256 * 1024
const DEMO_OPENID = /^demo-[a-z0-9-]{1,40}$/
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.json': 'application/json', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf'
}

export interface LocalServerOptions {
  port: number
  host?: string
  dataDir: string
  h5Dir: string
  seedDemo?: boolean
  now?: () => Date
}

export interface LocalServer {
  url: string
  runtime: LocalRuntime
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

async function readBody (req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > limit) throw new BodyTooLarge()
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

function send (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    // Never let a browser guess a type: an upload that sniffs as HTML must stay inert.
    'x-content-type-options': 'nosniff',
    ...headers
  })
  res.end(payload)
}

function failure (code: string, message: string) {
  return { ok: false, error: { code, message } }
}

export async function startLocalServer (opts: LocalServerOptions): Promise<LocalServer> {
  const runtime = createLocalRuntime({ dataDir: opts.dataDir, now: opts.now, seedDemo: opts.seedDemo ?? true })
  await runtime.ready
  setRuntime(runtime)
  const demoOpenids = new Set(runtime.demoIdentities.map((i) => i.openid))
  const startedAt = Date.now()

  // Only demo identities can be claimed (the switch's four, or any other `demo-…` id for local
  // load tests); anything else is an anonymous caller.
  const identityOf = (req: http.IncomingMessage): string => {
    const claimed = req.headers['x-demo-openid']
    return typeof claimed === 'string' && (demoOpenids.has(claimed) || DEMO_OPENID.test(claimed)) ? claimed : ''
  }

  async function serveStatic (res: http.ServerResponse, urlPath: string): Promise<void> {
    const root = path.resolve(opts.h5Dir)
    let file = path.resolve(root, '.' + decodeURIComponent(urlPath))
    if (!file.startsWith(root)) return send(res, 403, failure('forbidden', '禁止访问'))
    const isFile = await stat(file).then((s) => s.isFile(), () => false)
    // Browser-router paths (/pages/...) fall back to the app shell.
    if (!isFile) file = path.join(root, 'index.html')
    try {
      const bytes = await readFile(file)
      const ext = path.extname(file)
      const immutable = /\.[0-9a-f]{8}\.(js|css)$/.test(file)
      res.writeHead(200, { 'content-type': MIME[ext] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', 'x-content-type-options': 'nosniff' })
      res.end(bytes)
    } catch {
      send(res, 503, '<h1>h5 构建不存在</h1><p>请先运行 npm start（会自动构建）或 npm run build:h5。</p>')
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://local')
      const route = url.pathname
      try {
        if (route === '/healthz') {
          return send(res, 200, { ok: true, mode: 'local', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), functions: Object.keys(FUNCTIONS) })
        }
        const fnMatch = /^\/api\/([a-z]+)$/.exec(route)
        if (fnMatch !== null) {
          const fn = FUNCTIONS[fnMatch[1]]
          if (fn === undefined) return send(res, 404, failure('not_found', '没有这个服务'))
          if (req.method !== 'POST') return send(res, 405, failure('invalid_input', '请使用 POST 调用'))
          let event: unknown
          try {
            event = JSON.parse((await readBody(req, MAX_JSON_BYTES)).toString('utf8'))
          } catch (e) {
            return send(res, e instanceof BodyTooLarge ? 413 : 400, failure('invalid_input', e instanceof BodyTooLarge ? '提交的内容过大，请精简后重试' : '请求格式不正确'))
          }
          return send(res, 200, await fn(event, { local: { openid: identityOf(req) } }))
        }
        if (route === '/files/upload' && req.method === 'POST') {
          const openid = identityOf(req)
          if (openid === '') return send(res, 401, failure('unauthenticated', '请先登录'))
          let bytes: Buffer
          try {
            // The per-type ceiling (2 MB a photo, more for a PDF scan) is the files adapter's.
            bytes = await readBody(req, Math.max(MAX_UPLOAD_BYTES, MAX_PDF_BYTES))
          } catch {
            return send(res, 413, failure('invalid_input', `文件过大：照片不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，PDF 扫描件不超过 ${MAX_PDF_BYTES / 1024 / 1024} MB，请压缩后重新上传`))
          }
          try {
            const out = await runtime.localFiles.put(url.searchParams.get('cloudPath') ?? '', bytes, String(req.headers['content-type'] ?? ''), openid)
            return send(res, 200, { ok: true, data: out })
          } catch (e) {
            const forbidden = e instanceof Error && (e as { code?: string }).code === 'forbidden'
            return send(res, forbidden ? 403 : 400, failure(forbidden ? 'forbidden' : 'invalid_input', e instanceof Error ? e.message : '上传失败'))
          }
        }
        const fileMatch = /^\/files\/([A-Za-z0-9._~-]+)$/.exec(route)
        if (fileMatch !== null && req.method === 'GET') {
          const file = await runtime.localFiles.readSigned(fileMatch[1])
          if (file === null) return send(res, 404, failure('not_found', '链接已失效，请返回刷新后重新打开'))
          res.writeHead(200, {
            'content-type': file.contentType,
            'cache-control': 'private, no-store',
            'x-content-type-options': 'nosniff',
            // Stored photos and PDF scans show inline (typed, never sniffed); anything else (exports) is a download.
            'content-disposition': file.contentType.startsWith('image/') || file.contentType === 'application/pdf' ? 'inline' : 'attachment'
          })
          return res.end(file.bytes)
        }
        if (route === '/dev/identities') return send(res, 200, { ok: true, data: runtime.demoIdentities })
        if (route === '/dev/inbox') {
          const messages = await runtime.inbox.list()
          const sms = runtime.inbox.sms()
          if (url.searchParams.get('format') === 'json') return send(res, 200, { ok: true, data: url.searchParams.get('kind') === 'sms' ? sms : messages })
          return send(res, 200, renderInbox(messages, sms))
        }
        if (route === '/dev/subscribe' && req.method === 'POST') {
          // The h5 stand-in for WeChat's prompt reports the accepts here, as WeChat's servers
          // learn them from the phone: the local notifier then allows one message per accept.
          const openid = identityOf(req)
          if (openid === '') return send(res, 401, failure('unauthenticated', '请先登录'))
          let ids: unknown
          try {
            ids = (JSON.parse((await readBody(req, 4096)).toString('utf8')) as { templateIds?: unknown }).templateIds
          } catch {
            return send(res, 400, failure('invalid_input', '请求格式不正确'))
          }
          const known = new Set(promptTemplateIds(runtime.settings.subscribe))
          const accepted = Array.isArray(ids) ? [...new Set(ids.filter((id): id is string => typeof id === 'string' && known.has(id)))].slice(0, 3) : []
          for (const id of accepted) runtime.inbox.grant(openid, id)
          return send(res, 200, { ok: true, data: { accepted } })
        }
        if (route === '/dev/reset' && req.method === 'POST') {
          await runtime.reset()
          return send(res, 200, { ok: true })
        }
        if (route === '/dev/tick' && req.method === 'POST') {
          // Runs the timer function now, as the cloud's timer trigger would.
          return send(res, 200, await system({ Type: 'Timer', TriggerName: 'local-tick' }, {}))
        }
        if (req.method === 'GET') return await serveStatic(res, route)
        return send(res, 404, failure('not_found', '没有这个地址'))
      } catch (e) {
        console.error('[local-server]', e)
        return send(res, 500, failure('internal', '服务暂时不可用，请稍后重试'))
      }
    })()
  })

  // A taken port is an 'error' event, not an exception: reject with it (and let go of the store).
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => { runtime.close(); reject(e) })
    server.listen(opts.port, opts.host ?? '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : opts.port
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`
  return {
    url,
    runtime,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { runtime.close(); resolve() })
      // Keep-alive sockets (browsers, fetch) would hold close() open indefinitely.
      server.closeAllConnections()
    })
  }
}
