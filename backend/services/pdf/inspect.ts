/**
 * Reads an uploaded PDF scan's structure, the PDF counterpart of image/inspect.ts: the type from
 * the magic bytes (never the name), the end marker with nothing appended after it, no encryption
 * (staff could not open it), no active content (JavaScript, launch actions, embedded files, forms
 * that submit, XFA), no markup a browser could sniff, and a sane page count. Compressed object
 * streams are inflated (bounded) so an action hidden inside one is found too, and names are read
 * with their `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`).
 *
 * A PDF is not re-encoded: without rendering it there are no pixels to copy. Refusing everything
 * active and storing the server's own content-addressed copy is what keeps staff safe; they open
 * it through a short-lived link served as `application/pdf`, never sniffed.
 */
import { inflateSync } from 'node:zlib'
import { MAX_PDF_PAGES } from '../../core'

export type PdfFailure = 'not_pdf' | 'malformed' | 'encrypted' | 'active_content' | 'trailing_data' | 'markup' | 'no_pages' | 'too_many_pages' | 'too_large'

export class PdfRejected extends Error {
  constructor(readonly reason: PdfFailure, detail: string) {
    super(`${reason}: ${detail}`)
    this.name = 'PdfRejected'
  }
}

export interface PdfFacts {
  version: string
  pages: number
  bytes: number
}

const reject = (reason: PdfFailure, detail: string): never => {
  throw new PdfRejected(reason, detail)
}

/** `%PDF-1.0` … `%PDF-1.7` and `%PDF-2.0`, at the very start (a prefix is how polyglots begin). */
const HEADER = /^%PDF-(1\.[0-7]|2\.0)/

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && HEADER.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(16, bytes.byteLength)).toString('latin1'))
}

/** Actions and objects that run, fetch or carry something other than the scanned pages. */
const ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData|GoToR|GoToE|Sound|Movie|Rendition)(?=[\s/<>[\]()%]|$)/

/** What would make a browser or a sniffer treat the bytes as a page or a script. */
const MARKUP = /<(script|html|body|iframe|svg|object|embed|meta)[\s>/]|<\?php|<!doctype|javascript:/i

/** Inflated bytes all streams together may expand to: a scan's object streams are small. */
const MAX_INFLATED = 32 * 1024 * 1024

const decodeNames = (s: string) => s.replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))

/**
 * The dictionary text and the body of every stream. A stream's length is taken from its
 * `endstream` (a forged /Length cannot make us read past it); bodies are never scanned as text,
 * so image data cannot trigger a false refusal.
 */
function splitStreams(text: string): { outside: string, streams: Array<{ dict: string, body: string }> } {
  const streams: Array<{ dict: string, body: string }> = []
  let outside = ''
  let at = 0
  const start = /stream\r?\n/g
  for (;;) {
    start.lastIndex = at
    const m = start.exec(text)
    if (m === null || m.index > 0 && /[a-z]/i.test(text[m.index - 1])) {
      if (m === null) break
      // `endstream` or a name ending in "stream": not a stream start.
      outside += text.slice(at, m.index + m[0].length)
      at = m.index + m[0].length
      continue
    }
    const bodyStart = m.index + m[0].length
    const end = text.indexOf('endstream', bodyStart)
    if (end < 0) reject('malformed', 'stream without endstream')
    const before = text.slice(at, m.index)
    outside += before
    const dictStart = before.lastIndexOf('obj')
    streams.push({ dict: dictStart >= 0 ? before.slice(dictStart) : before.slice(-2000), body: text.slice(bodyStart, end) })
    at = end + 'endstream'.length
  }
  outside += text.slice(at)
  return { outside, streams }
}

export function inspectPdf(bytes: Uint8Array, maxPages: number = MAX_PDF_PAGES): PdfFacts {
  if (!isPdf(bytes)) return reject('not_pdf', 'no %PDF- header at offset 0')
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const version = HEADER.exec(text)![1]
  const eof = text.lastIndexOf('%%EOF')
  if (eof < 0 || !text.includes('startxref')) reject('malformed', 'no %%EOF / startxref')
  if (!/^[\s\0]*$/.test(text.slice(eof + 5))) reject('trailing_data', 'bytes after %%EOF')
  const { outside, streams } = splitStreams(text)
  // What is scanned: every dictionary, and every stream that inflates (object streams hide dictionaries).
  const scanned = [outside]
  let inflated = 0
  for (const s of streams) {
    const dict = decodeNames(s.dict)
    const structural = /\/Type\s*\/(ObjStm|XRef)/.test(dict)
    if (!/\/FlateDecode/.test(dict) || /\/Filter\s*\[[^\]]*\/\w+[^\]]*\/\w+/.test(dict)) {
      // Other or chained filters: image data (DCT, CCITT, JBIG2) is fine; a structural stream we cannot read is not.
      if (structural) reject('malformed', 'object stream with a filter we do not read')
      continue
    }
    let out: Buffer
    try {
      out = inflateSync(Buffer.from(s.body, 'latin1'), { maxOutputLength: MAX_INFLATED - inflated })
    } catch (e) {
      // By its code: zlib's errors come from Node's own realm, where `instanceof RangeError` may not hold.
      const bomb = (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE'
      if (structural || bomb) reject(bomb ? 'too_large' : 'malformed', 'stream does not inflate')
      continue
    }
    inflated += out.length
    scanned.push(out.toString('latin1'))
  }
  const all = decodeNames(scanned.join('\n'))
  if (/\/Encrypt(?=[\s/<>[\]()%]|$)/.test(all)) reject('encrypted', '/Encrypt in trailer')
  const active = ACTIVE.exec(all)
  if (active !== null) reject('active_content', active[0])
  if (MARKUP.test(all)) reject('markup', 'markup outside streams')
  const pages = (all.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length
  if (pages === 0) reject('no_pages', 'no page objects')
  if (pages > maxPages) reject('too_many_pages', `${pages} pages`)
  return { version, pages, bytes: bytes.length }
}
