/**
 * The local OCR engine: a real one, PaddleOCR's detection and recognition models running on ONNX
 * Runtime in a worker thread (./ocr-worker.mjs). It returns text lines; core parses the fields.
 * Local-only: it is never bundled into a cloud function (scripts/build-functions.mjs refuses it).
 * The worker starts on the first read and is shared by every local runtime in the process.
 */
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { parseDocumentText, type OcrFields, type OcrKind, type OcrLine } from '../../core'
import { OcrFailure, type OcrEngine, type OcrImage } from '../../ports/trust.port'

type Reply = { id: number; lines?: OcrLine[]; error?: string }

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, { resolve(lines: OcrLine[]): void; reject(e: Error): void }>()

function getWorker(): Worker {
  if (worker !== null) return worker
  const w = new Worker(join(__dirname, 'ocr-worker.mjs'))
  // An idle worker must not keep the local server or a test process alive.
  w.unref()
  w.on('message', (m: Reply) => {
    const p = waiting.get(m.id)
    if (!p) return
    waiting.delete(m.id)
    if (m.error !== undefined || !m.lines) p.reject(new OcrFailure(`local ocr: ${m.error ?? 'no result'}`, false))
    else p.resolve(m.lines)
  })
  const fail = (e: Error) => {
    for (const p of waiting.values()) p.reject(new OcrFailure(`local ocr worker: ${e.message}`, true))
    waiting.clear()
    worker = null
  }
  w.on('error', fail)
  w.on('exit', (code) => { if (worker === w) fail(new Error(`exited with ${code}`)) })
  worker = w
  return w
}

/** Recognised lines of one image (exposed for the bench and the engine's own tests). */
export function recognise(bytes: Buffer): Promise<OcrLine[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, { resolve, reject })
    const w = getWorker()
    w.ref()
    // Copy: the worker gets its own buffer; the caller's stays usable.
    w.postMessage({ id, bytes: new Uint8Array(bytes) })
  }).finally(() => { if (waiting.size === 0) worker?.unref() }) as Promise<OcrLine[]>
}

/** Stops the worker (tests, server shutdown). The next read starts a new one. */
export async function stopLocalOcr(): Promise<void> {
  const w = worker
  worker = null
  if (w) await w.terminate()
}

export function createPaddleOcr(): OcrEngine {
  return {
    provider: 'paddle',
    async read(kind: OcrKind, image: OcrImage, opts: { ignore: string[] }): Promise<OcrFields> {
      const lines = await recognise(image.bytes)
      return parseDocumentText(kind, lines, { ignore: opts.ignore })
    }
  }
}
