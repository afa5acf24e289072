/**
 * Reads an uploaded image's structure without decoding its pixels: the format from the magic
 * bytes, every JPEG segment / PNG chunk up to the end marker, the dimensions from the header,
 * the EXIF orientation. Refuses what is not a well-formed JPEG or PNG, anything appended after
 * EOI / IEND, and markup or script hidden in metadata (polyglots). Cheap and bounded: a
 * 30000 × 30000 PNG is refused here, from its 13-byte header, before any pixel exists.
 */
import { judgeDimensions, type UploadImageType } from '../../core'

export type InspectFailure =
  | 'not_image'
  | 'malformed'
  | 'unsupported'
  | 'trailing_data'
  | 'markup'
  | 'too_small'
  | 'too_large'

export class ImageRejected extends Error {
  constructor(readonly reason: InspectFailure, detail: string) {
    super(`${reason}: ${detail}`)
    this.name = 'ImageRejected'
  }
}

export interface ImageFacts {
  type: UploadImageType
  width: number
  height: number
  /** EXIF orientation 1…8 (1 = as stored). */
  orientation: number
  /** Metadata found (and dropped by the re-encode): EXIF, GPS, text chunks, comments. */
  metadata: { exif: boolean, gps: boolean, comments: number }
  progressive: boolean
  /** JPEG: the IJG quality (0…1) its luminance table corresponds to, estimated; null for PNG. */
  quality: number | null
}

const reject = (reason: InspectFailure, detail: string): never => {
  throw new ImageRejected(reason, detail)
}

/**
 * Byte sequences that make a file parse as HTML, SVG, XML or a script when something sniffs
 * it. At least five bytes each, so a chance match in metadata is negligible.
 */
const MARKUP = ['<script', '<html', '<body', '<iframe', '<svg ', '<svg>', '<?php', '<!doctype', '<?xml', 'javascript:', '<object', '<embed', '<meta ', 'onerror=', 'onload=']

function hasMarkup(bytes: Uint8Array): boolean {
  if (bytes.length < 5) return false
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase()
  return MARKUP.some((m) => text.includes(m))
}

export function sniffType(bytes: Uint8Array): UploadImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png'
  return null
}

export function inspectImage(bytes: Uint8Array): ImageFacts {
  const type = sniffType(bytes)
  if (type === null) return reject('not_image', 'no JPEG or PNG signature')
  const facts = type === 'image/jpeg' ? inspectJpeg(bytes) : inspectPng(bytes)
  const verdict = judgeDimensions(facts.width, facts.height)
  if (verdict !== 'ok') reject(verdict, `${facts.width}x${facts.height}`)
  return facts
}

// ---- JPEG -------------------------------------------------------------------------------

const u16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32 = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3])

/** SOF markers jpeg-js decodes: baseline, extended sequential, progressive (Huffman). */
const SOF_SUPPORTED = new Set([0xc0, 0xc1, 0xc2])
const SOF_OTHER = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function inspectJpeg(b: Uint8Array): ImageFacts {
  let i = 2
  let width = 0
  let height = 0
  let orientation = 1
  let progressive = false
  let sawScan = false
  let quality: number | null = null
  const metadata = { exif: false, gps: false, comments: 0 }
  for (;;) {
    if (i + 1 >= b.length) return reject('malformed', 'JPEG ends without EOI')
    if (b[i] !== 0xff) return reject('malformed', `no marker at ${i}`)
    while (b[i + 1] === 0xff && i + 2 < b.length) i++ // fill bytes before a marker
    const marker = b[i + 1]
    if (marker === 0xd9) {
      if (!sawScan || width === 0) return reject('malformed', 'EOI before image data')
      i += 2
      break
    }
    if (marker === 0xd8 || marker === 0x00) return reject('malformed', `unexpected marker ${marker}`)
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    if (i + 4 > b.length) return reject('malformed', 'truncated segment')
    const len = u16(b, i + 2)
    const end = i + 2 + len
    if (len < 2 || end > b.length) return reject('malformed', 'segment overruns the file')
    const payload = b.subarray(i + 4, end)
    if (SOF_SUPPORTED.has(marker) || SOF_OTHER.has(marker)) {
      if (SOF_OTHER.has(marker)) return reject('unsupported', `SOF ${marker.toString(16)}`)
      if (payload.length < 6 || width !== 0) return reject('malformed', 'bad or repeated frame header')
      height = u16(payload, 1)
      width = u16(payload, 3)
      progressive = marker === 0xc2
    } else if (marker === 0xdb && quality === null) {
      quality = estimateQuality(payload)
    } else if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) {
      if (hasMarkup(payload)) return reject('markup', `markup in segment ${marker.toString(16)}`)
      if (marker === 0xfe) metadata.comments++
      if (marker === 0xe1 && payload.length > 14 && Buffer.from(payload.subarray(0, 6)).toString('latin1') === 'Exif\0\0') {
        metadata.exif = true
        const exif = readExif(payload.subarray(6))
        orientation = exif.orientation
        metadata.gps ||= exif.gps
      }
    }
    i = end
    if (marker === 0xda) {
      if (width === 0) return reject('malformed', 'scan before frame header')
      sawScan = true
      i = skipEntropyData(b, i)
    }
  }
  // Only zero padding may follow EOI; anything else is a second file riding on this one.
  for (let k = i; k < b.length; k++) if (b[k] !== 0) return reject('trailing_data', `${b.length - i} bytes after EOI`)
  return { type: 'image/jpeg', width, height, orientation, metadata, progressive, quality }
}

/** Sum of the IJG standard luminance quantisation table (JPEG spec, table K.1). */
const STANDARD_LUMA_SUM = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99
].reduce((a, v) => a + v, 0)

/**
 * The quality an IJG-style encoder (browsers, WeChat, jpeg-js) was given, from the first DQT
 * table (usually luminance): its scale against the standard table, inverted. Lets the server start
 * its own quality search near what the phone already chose instead of re-trying from the top.
 */
function estimateQuality(dqt: Uint8Array): number | null {
  if (dqt.length < 65) return null
  const sixteenBit = dqt[0] >> 4 === 1
  if (sixteenBit && dqt.length < 129) return null
  let sum = 0
  for (let k = 0; k < 64; k++) sum += sixteenBit ? u16(dqt, 1 + 2 * k) : dqt[1 + k]
  const scale = (100 * sum) / STANDARD_LUMA_SUM
  const q = scale <= 100 ? (200 - scale) / 2 : 5000 / scale
  return Math.max(0.01, Math.min(1, Math.round(q) / 100))
}

/** Index of the first marker after entropy-coded data (0xFF followed by neither 0 nor RSTn). */
function skipEntropyData(b: Uint8Array, from: number): number {
  let i = from
  for (;;) {
    i = b.indexOf(0xff, i)
    if (i < 0 || i + 1 >= b.length) return reject('malformed', 'scan data runs to the end of the file')
    const next = b[i + 1]
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
      i += next === 0xff ? 1 : 2
      continue
    }
    return i
  }
}

/** Orientation (tag 0x0112) and whether a GPS IFD (tag 0x8825) exists, from IFD0 of a TIFF block. */
function readExif(t: Uint8Array): { orientation: number, gps: boolean } {
  const out = { orientation: 1, gps: false }
  if (t.length < 8) return out
  const le = t[0] === 0x49 && t[1] === 0x49
  if (!le && !(t[0] === 0x4d && t[1] === 0x4d)) return out
  const r16 = (o: number) => (le ? t[o] | (t[o + 1] << 8) : (t[o] << 8) | t[o + 1])
  const r32 = (o: number) => (le ? (t[o] | (t[o + 1] << 8) | (t[o + 2] << 16)) + t[o + 3] * 0x1000000 : u32(t, o))
  const ifd = r32(4)
  if (ifd + 2 > t.length) return out
  const count = r16(ifd)
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12
    if (e + 12 > t.length) break
    const tag = r16(e)
    if (tag === 0x0112) {
      const v = r16(e + 8)
      if (v >= 1 && v <= 8) out.orientation = v
    } else if (tag === 0x8825) {
      out.gps = true
    }
  }
  return out
}

// ---- PNG --------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND'])
/** Colour type → allowed bit depths (PNG spec, table 11.1). */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] }

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let k = 0; k < bytes.length; k++) c = CRC_TABLE[(c ^ bytes[k]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function inspectPng(b: Uint8Array): ImageFacts {
  let i = 8
  let width = 0
  let height = 0
  let sawData = false
  const metadata = { exif: false, gps: false, comments: 0 }
  for (let first = true; ; first = false) {
    if (i + 12 > b.length) return reject('malformed', 'PNG ends without IEND')
    const len = u32(b, i)
    const type = Buffer.from(b.subarray(i + 4, i + 8)).toString('latin1')
    if (!/^[A-Za-z]{4}$/.test(type)) return reject('malformed', 'bad chunk type')
    const end = i + 12 + len
    if (len > 0x7fffffff || end > b.length) return reject('malformed', `chunk ${type} overruns the file`)
    const data = b.subarray(i + 8, i + 8 + len)
    if (crc32(b.subarray(i + 4, i + 8 + len)) !== u32(b, i + 8 + len)) return reject('malformed', `bad CRC in ${type}`)
    if (first !== (type === 'IHDR')) return reject('malformed', 'IHDR must come first, once')
    if (type === 'IHDR') {
      if (len !== 13) return reject('malformed', 'bad IHDR')
      width = u32(data, 0)
      height = u32(data, 4)
      const depth = data[8]
      const colour = data[9]
      if (!(DEPTHS[colour] ?? []).includes(depth) || data[10] !== 0 || data[11] !== 0 || data[12] > 1) return reject('malformed', 'bad IHDR fields')
      // Judge the size now, before any further chunk is even read.
      const verdict = judgeDimensions(width, height)
      if (verdict !== 'ok') return reject(verdict, `${width}x${height}`)
    } else if (type === 'IDAT') {
      sawData = true
    } else if (type === 'IEND') {
      if (!sawData) return reject('malformed', 'IEND before image data')
      i = end
      break
    } else if (CRITICAL.has(type) === false && type[0] === type[0].toUpperCase()) {
      return reject('unsupported', `unknown critical chunk ${type}`)
    } else if (type !== 'PLTE') {
      if (hasMarkup(data)) return reject('markup', `markup in ${type}`)
      if (type === 'eXIf') metadata.exif = true
      if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') metadata.comments++
    }
    i = end
  }
  if (i < b.length) return reject('trailing_data', `${b.length - i} bytes after IEND`)
  return { type: 'image/png', width, height, orientation: 1, metadata, progressive: false, quality: null }
}
