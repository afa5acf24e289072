// Document photos: what the real h5 compression pipeline (src/services/image-pipeline.h5.ts, the
// same core search and drawing as weapp) makes of a 4000×3000 phone photo, run in headless
// Chromium; what the server's ingest (backend/services/image-ingest.ts: validate, decode,
// re-encode, watermark) then stores from that upload, and how long it takes; and how long the
// live quality check (src/core/image) takes on one 1600 px frame.
import { mkdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { root } from '../lib/builds.mjs'

const SOURCE = { width: 4000, height: 3000 }
const FRAME = { width: 1600, height: 1200 }
const RUNS = 15
const SERVER_RUNS = 5

async function bundle (contents, format, outfile) {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true, format, platform: format === 'iife' ? 'browser' : 'node', target: 'es2020',
    globalName: format === 'iife' ? 'PhotoBench' : undefined, outfile, logLevel: 'silent'
  })
}

function chromiumPath () {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean)
  const found = candidates.find((p) => existsSync(p))
  if (!found) throw new Error('no Chromium (set CHROMIUM_PATH)')
  return found
}

/** Runs in the page: a 4000×3000 "photo" of a document (paper, text, lighting gradient, sensor noise), then the pipeline. */
async function inPage ({ source }) {
  const { compressDrawable } = window.PhotoBench
  const canvas = document.createElement('canvas')
  canvas.width = source.width
  canvas.height = source.height
  const ctx = canvas.getContext('2d')
  const g = ctx.createLinearGradient(0, 0, source.width, source.height)
  g.addColorStop(0, '#d9d4c7'); g.addColorStop(1, '#a9a398')
  ctx.fillStyle = g
  ctx.fillRect(0, 0, source.width, source.height)
  ctx.fillStyle = '#f4f1ea'
  ctx.fillRect(300, 250, 3400, 2500)
  ctx.fillStyle = '#1d1d1f'
  let seed = 7
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff }
  const words = '网络平台账号登记备案表 主体名称 统一社会信用代码 运维负责人 联系电话 账号名称 平台 粉丝数量 开通日期 0123456789 ABCDEFG'
  for (let y = 420, size = 84; y < 2650; y += size * 1.7) {
    ctx.font = `${size}px sans-serif`
    let line = ''
    while (line.length < 3200 / size) line += words[Math.floor(rnd() * words.length)]
    ctx.fillText(line, 420, y)
    size = 44 + Math.floor(rnd() * 30)
  }
  ctx.strokeStyle = '#b3261e'; ctx.lineWidth = 14
  ctx.beginPath(); ctx.arc(3100, 2300, 260, 0, Math.PI * 2); ctx.stroke()
  // Sensor noise, as in every phone photo: this is what makes photos hard to compress.
  const img = ctx.getImageData(0, 0, source.width, source.height)
  const d = img.data
  for (let i = 0; i < d.length; i += 4) {
    const n = (rnd() + rnd() + rnd() - 1.5) * 16
    d[i] += n; d[i + 1] += n; d[i + 2] += n
  }
  ctx.putImageData(img, 0, 0)
  const sourceJpeg = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', 0.92))
  const t0 = performance.now()
  const out = await compressDrawable(canvas, source, { crop: null })
  const ms = performance.now() - t0
  const raw = new Uint8Array(await out.value.arrayBuffer())
  let bin = ''
  for (let i = 0; i < raw.length; i += 0x8000) bin += String.fromCharCode.apply(null, raw.subarray(i, i + 0x8000))
  return { sourceBytes: sourceJpeg.size, bytes: out.bytes, quality: out.quality, width: out.width, height: out.height, fits: out.fits, attempts: out.attempts, ms, upload: btoa(bin) }
}

function syntheticFrame ({ width, height }) {
  const data = new Uint8ClampedArray(width * height * 4)
  let seed = 11
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const text = (Math.floor(x / 9) + Math.floor(y / 23)) % 5 === 0 ? 60 : 200
      const v = text + (seed % 21) - 10
      const i = (y * width + x) * 4
      data[i] = v; data[i + 1] = v; data[i + 2] = v; data[i + 3] = 255
    }
  }
  return { width, height, data }
}

export async function benchPhoto ({ log }) {
  const work = path.join(tmpdir(), `bench-photo-${process.pid}`)
  await mkdir(work, { recursive: true })
  try {
    // 1. Quality check on one 1600×1200 frame, in Node.
    const coreFile = path.join(work, 'core-image.mjs')
    await bundle("export { assessFrame } from './src/core/image/index.ts'", 'esm', coreFile)
    const { assessFrame } = await import(pathToFileURL(coreFile).href)
    const frame = syntheticFrame(FRAME)
    assessFrame(frame)
    const times = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint()
      assessFrame(frame)
      times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
    times.sort((a, b) => a - b)
    const checkMs = times[Math.floor(times.length / 2)]

    // 2. The compression pipeline on a 4000×3000 photo, in headless Chromium.
    const pageFile = path.join(work, 'pipeline.js')
    await bundle("export { compressDrawable } from './src/services/image-pipeline.h5.ts'", 'iife', pageFile)
    const { chromium } = await import('playwright-core')
    log('photo: compressing a 4000×3000 photo in headless Chromium…')
    const browser = await chromium.launch({
      executablePath: chromiumPath(), headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    let r
    try {
      const page = await browser.newPage()
      await page.setContent('<!doctype html><html><body></body></html>')
      await page.addScriptTag({ path: pageFile })
      r = await page.evaluate(inPage, { source: SOURCE })
    } finally {
      await browser.close()
    }
    // 3. The server's ingest of that very upload, in Node: an ID side (watermarked) and a licence.
    const ingestFile = path.join(work, 'ingest.cjs')
    await build({
      stdin: { contents: "export { ingestPhoto } from './backend/services/image-ingest.ts'\nexport { kaipingConfig } from './src/core/jurisdiction/kaiping.ts'", resolveDir: root, loader: 'ts', sourcefile: 'ingest-entry.ts' },
      bundle: true, format: 'cjs', platform: 'node', target: 'node18', outfile: ingestFile, logLevel: 'silent'
    })
    const { ingestPhoto, kaipingConfig } = (await import(pathToFileURL(ingestFile).href)).default
    const upload = Buffer.from(r.upload, 'base64')
    const server = {}
    for (const kind of ['id_front', 'license']) {
      const ms = []
      let out
      for (let i = 0; i < SERVER_RUNS; i++) {
        const t0 = process.hrtime.bigint()
        out = await ingestPhoto(upload, kind, kaipingConfig, new Date('2024-01-05T02:00:00Z'))
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6)
      }
      ms.sort((a, b) => a - b)
      server[kind] = { ms: ms[Math.floor(ms.length / 2)], bytes: out.bytes.length, width: out.width, height: out.height, quality: out.quality, encodes: out.attempts.length }
    }
    log(`photo: server ingest ${server.id_front.ms.toFixed(0)} ms (ID side), ${server.license.ms.toFixed(0)} ms (licence)`)
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`
    const rows = [
      ['document photo to upload, from 4000×3000', kb(r.bytes), `goal ≤ 400 KB; ${(r.bytes / r.sourceBytes * 100).toFixed(1)}% of the ${kb(r.sourceBytes)} source JPEG (q 0.92)`],
      ['  chosen JPEG quality / size', `q ${r.quality}`, `${r.width}×${r.height}, ${r.attempts.length} encode(s), ${r.ms.toFixed(0)} ms (no watermark: the server adds it)`],
      ['server re-encode of that upload, ID side', `${server.id_front.ms.toFixed(0)} ms`, `stores ${kb(server.id_front.bytes)}, ${server.id_front.width}×${server.id_front.height} incl. watermark band, q ${server.id_front.quality}, ${server.id_front.encodes} encode(s); median of ${SERVER_RUNS}, pure JS`],
      ['server re-encode of that upload, licence', `${server.license.ms.toFixed(0)} ms`, `stores ${kb(server.license.bytes)}, ${server.license.width}×${server.license.height}, q ${server.license.quality}, ${server.license.encodes} encode(s); no watermark`],
      ['quality check, one 1600×1200 frame', `${checkMs.toFixed(1)} ms`, `median of ${RUNS} runs in Node (sharpness, brightness, glare)`]
    ]
    return {
      rows,
      json: { photo: { sourceWidth: SOURCE.width, sourceHeight: SOURCE.height, sourceBytes: r.sourceBytes, bytes: r.bytes, ratio: r.bytes / r.sourceBytes, quality: r.quality, width: r.width, height: r.height, fits: r.fits, attempts: r.attempts, pipelineMs: r.ms, qualityCheckMs: checkMs, qualityCheckRuns: RUNS, server } }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
