// OCR of document photos as the server sees them: generated, photographed documents with known
// text (a resident ID card, both sides, and a business licence; 4000 × 3000, tilt, blur, noise,
// uneven light) go through the real h5 compression pipeline in headless Chromium (the upload),
// then the server's ingest (re-encode, ID watermark: the stored photo), and are read by the local
// OCR engine (PaddleOCR on ONNX Runtime) as ocr-read does. ID uploads are also read before the
// watermark, for comparison. Reports field accuracy and time per photo.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { root } from '../lib/builds.mjs'

function child (args) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'ocr-child.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    p.stdout.on('data', (d) => { out += d })
    p.stderr.on('data', (d) => { err += d })
    p.on('close', (code) => code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(err.split('\n').slice(-6).join(' '))))
  })
}

function chromiumPath () {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean).find((p) => existsSync(p))
  if (!found) throw new Error('no Chromium (set CHROMIUM_PATH)')
  return found
}

/** In the page: decode one source photo and compress it as the capture page does (album photo: no crop). */
async function inPage ({ dataUrl }) {
  const { compressDrawable } = window.PhotoBench
  const img = new Image()
  await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = reject; img.src = dataUrl })
  const out = await compressDrawable(img, { width: img.naturalWidth, height: img.naturalHeight }, { crop: null })
  const buf = new Uint8Array(await out.value.arrayBuffer())
  let s = ''
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000))
  return { b64: btoa(s), width: out.width, height: out.height, quality: out.quality }
}

export async function benchOcr ({ log }) {
  const work = path.join(tmpdir(), `bench-ocr-${process.pid}`)
  await mkdir(work, { recursive: true })
  try {
    log('ocr: generating photographed documents (4000×3000)…')
    await child(['generate', work])
    const pageFile = path.join(work, 'pipeline.js')
    await build({
      stdin: { contents: "export { compressDrawable } from './src/services/image-pipeline.h5.ts'", resolveDir: root, loader: 'ts', sourcefile: 'bench-ocr-entry.ts' },
      bundle: true, format: 'iife', platform: 'browser', target: 'es2020', globalName: 'PhotoBench', outfile: pageFile, logLevel: 'silent'
    })
    const { chromium } = await import('playwright-core')
    log('ocr: compressing them with the h5 pipeline in headless Chromium…')
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
    try {
      const page = await browser.newPage()
      await page.setContent('<!doctype html><html><body></body></html>')
      await page.addScriptTag({ path: pageFile })
      for (const file of (await readdir(work)).filter((f) => f.endsWith('.source.jpg'))) {
        const name = file.replace('.source.jpg', '')
        const dataUrl = `data:image/jpeg;base64,${(await readFile(path.join(work, file))).toString('base64')}`
        const up = await page.evaluate(inPage, { dataUrl })
        await writeFile(path.join(work, `${name}.upload.jpg`), Buffer.from(up.b64, 'base64'))
      }
    } finally {
      await browser.close()
    }
    log('ocr: reading the compressed photos with the local engine…')
    const r = await child(['read', work])
    const sets = { stored: 'stored photos (server ingest; ID sides watermarked)', upload: 'ID uploads before the watermark (comparison)' }
    const rows = []
    const json = { loadMs: Math.round(r.loadMs), sets: {} }
    for (const [set, label] of Object.entries(sets)) {
      const rs = r.results.filter((x) => x.set === set)
      if (rs.length === 0) continue
      const fields = rs.flatMap((x) => Object.values(x.score))
      const hit = fields.filter(Boolean).length
      const times = rs.map((x) => x.ms).sort((a, b) => a - b)
      const median = times[Math.floor(times.length / 2)]
      rows.push([`OCR field accuracy, ${label}`, `${hit}/${fields.length} (${(hit / fields.length * 100).toFixed(0)}%)`, `${rs.length} photos, ≤ ${(Math.max(...rs.map((x) => x.bytes)) / 1024).toFixed(0)} KB each`])
      const byKind = {}
      for (const kind of ['id_front', 'id_back', 'license']) {
        const k = rs.filter((x) => x.kind === kind)
        if (k.length === 0) continue
        const perField = {}
        for (const x of k) for (const [f, ok] of Object.entries(x.score)) perField[f] = (perField[f] ?? 0) + (ok ? 1 : 0)
        byKind[kind] = Object.fromEntries(Object.entries(perField).map(([f, n]) => [f, `${n}/${k.length}`]))
        rows.push([`  ${kind}`, Object.values(perField).reduce((a, b) => a + b, 0) + '/' + k.length * Object.keys(perField).length, Object.entries(byKind[kind]).map(([f, s]) => `${f} ${s}`).join(', ')])
      }
      rows.push(['  time per photo (local engine)', `${(median / 1000).toFixed(2)} s`, `median of ${rs.length}; model load ${(r.loadMs / 1000).toFixed(1)} s once`])
      json.sets[set] = { fields: fields.length, read: hit, accuracy: hit / fields.length, medianMs: Math.round(median), photos: rs.map((x) => ({ name: x.name, bytes: x.bytes, ms: Math.round(x.ms), score: x.score })), byKind }
    }
    return { rows, json: { ocr: json } }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
