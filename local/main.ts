/** `npm start` runs this after building the h5 app: the local server on 127.0.0.1. */
import path from 'node:path'
import { startLocalServer } from './server'

const root = path.resolve(__dirname, '..')
const port = Number(process.env.PORT ?? 10086)
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'))

startLocalServer({ port, dataDir, h5Dir: path.join(root, 'dist', 'h5') }).then((server) => {
  process.stdout.write(`\n本地服务已启动：${server.url}\n  小程序 h5 预览：${server.url}/\n  订阅消息收件箱：${server.url}/dev/inbox\n  健康检查：${server.url}/healthz\n  数据目录：${dataDir}\n`)
  const stop = () => { void server.close().then(() => process.exit(0)) }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}, (e: unknown) => {
  if (typeof e === 'object' && e !== null && (e as { code?: string }).code === 'EADDRINUSE') {
    console.error(`本地服务启动失败：端口 ${port} 已被占用（可能另一个本地服务已在运行）。\n请先停止占用该端口的程序，或换一个端口，例如：PORT=${port + 1} npm start`)
  } else {
    console.error('本地服务启动失败：', e instanceof Error ? e.message : e)
  }
  process.exit(1)
})
