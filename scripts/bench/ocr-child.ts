/**
 * Child process of scripts/bench/ocr.mjs (run with tsx). Prints one JSON line.
 *   generate <dir>  photographed documents with known text (4000 × 3000 phone photos), and
 *                   what OCR should read off each (expected.json)
 *   read <dir>      each compressed upload (<name>.upload.jpg) goes through the server's ingest
 *                   (re-encode, ID watermark) and the stored photo is read with the local engine,
 *                   as ocr-read does; ID uploads are also read as uploaded (no watermark) to compare.
 *                   Per-field results and time per photo.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { kaipingConfig, watermarkFor, type OcrKind } from '../../src/core'
import { createPaddleOcr, recognise, stopLocalOcr } from '../../backend/adapters/local/ocr-paddle'
import { ingestPhoto } from '../../backend/services/image-ingest'
import { expectedFields, photograph, PHOTO_VARIANTS, scoreFields, svgOf } from '../../test/support/document-photos'

const KINDS: OcrKind[] = ['id_front', 'id_back', 'license']

async function generate (dir: string) {
  const expected: Record<string, { kind: OcrKind, fields: Record<string, string> }> = {}
  for (const kind of KINDS) {
    for (const [v, variant] of PHOTO_VARIANTS.entries()) {
      const size = kind === 'license' ? { width: 3000, height: 4000, cover: 0.85 } : { width: 4000, height: 3000, cover: 0.8 }
      const name = `${kind}-${v}`
      writeFileSync(path.join(dir, `${name}.source.jpg`), await photograph(svgOf(kind), { ...size, ...variant, quality: 0.92 }))
      expected[name] = { kind, fields: expectedFields(kind) }
    }
  }
  writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected))
  return { photos: Object.keys(expected).length }
}

async function read (dir: string) {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, { kind: OcrKind, fields: Record<string, string> }>
  const engine = createPaddleOcr()
  const ignore = [watermarkFor(kaipingConfig)]
  // Warm up: the first read loads the models (reported apart).
  const warm = performance.now()
  await recognise(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.upload.jpg')) as string)))
  const loadMs = performance.now() - warm
  const results: Array<{ name: string, set: string, kind: OcrKind, bytes: number, ms: number, score: Record<string, boolean> }> = []
  const readOne = async (name: string, set: string, kind: OcrKind, bytes: Buffer) => {
    const t0 = performance.now()
    const out = await engine.read(kind, { bytes, contentType: 'image/jpeg' }, { ignore })
    results.push({ name, set, kind, bytes: bytes.length, ms: performance.now() - t0, score: scoreFields(expected[name].fields, out.fields as Record<string, string>) })
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.upload.jpg')).sort()) {
    const name = file.replace('.upload.jpg', '')
    const e = expected[name]
    if (!e) continue
    const upload = readFileSync(path.join(dir, file))
    const stored = await ingestPhoto(upload, e.kind, kaipingConfig, new Date('2024-01-05T02:00:00Z'))
    await readOne(name, 'stored', e.kind, stored.bytes)
    if (e.kind !== 'license') await readOne(name, 'upload', e.kind, upload)
  }
  await stopLocalOcr()
  return { loadMs, results }
}

async function main () {
  const [cmd, dir] = process.argv.slice(2)
  const out = cmd === 'generate' ? await generate(dir) : await read(dir)
  process.stdout.write(JSON.stringify(out) + '\n')
}

main().catch((e) => { console.error(e); process.exit(1) })
