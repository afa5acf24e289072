/** Hostile and real image files for the upload tests, built byte by byte (no image library decides what is valid). */
import { createDeflate } from 'node:zlib'
import jpeg from 'jpeg-js'
import { pngChunk } from '../../../backend/seed/placeholder-image'
import { photoJpeg } from './factories'

const chunk = pngChunk

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The image bomb: a valid 30000 × 30000 8-bit greyscale PNG of zeros, 874 KB on disk and
 * 900 MB of pixels. Built once (deflating 900 MB takes a few seconds).
 */
let bomb: Promise<Buffer> | null = null
export function pngBomb(): Promise<Buffer> {
  bomb ??= new Promise((resolve, reject) => {
    const side = 30000
    const ihdr = Buffer.alloc(13)
    ihdr.writeUInt32BE(side, 0)
    ihdr.writeUInt32BE(side, 4)
    ihdr[8] = 8 // bit depth
    ihdr[9] = 0 // greyscale
    const d = createDeflate({ level: 9 })
    const parts: Buffer[] = []
    d.on('data', (c: Buffer) => parts.push(c))
    d.on('error', reject)
    d.on('end', () => resolve(Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', Buffer.alloc(0))])))
    const rows = Buffer.alloc((side + 1) * 100) // 100 rows of filter byte 0 + zeros
    let written = 0
    const pump = () => {
      while (written < side / 100) {
        written++
        if (!d.write(rows)) return void d.once('drain', pump)
      }
      d.end()
    }
    pump()
  })
  return bomb
}

/** A small valid PNG (RGBA, opaque), optionally with extra chunks before IEND and bytes after it. */
export function smallPng(extra: Buffer[] = [], trailer = Buffer.alloc(0)): Buffer {
  const w = 64
  const h = 64
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  const raw = Buffer.alloc(h * (1 + w * 4), 200)
  for (let y = 0; y < h; y++) raw[y * (1 + w * 4)] = 0
  const { deflateSync } = require('node:zlib') as typeof import('node:zlib')
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), ...extra, chunk('IEND', Buffer.alloc(0)), trailer])
}

export const textChunk = (keyword: string, text: string) => chunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]))

/** Inserts a segment (marker + payload) right after SOI. */
export function withSegment(jpg: Buffer, marker: number, payload: Buffer): Buffer {
  const len = Buffer.alloc(2)
  len.writeUInt16BE(payload.length + 2)
  return Buffer.concat([jpg.subarray(0, 2), Buffer.from([0xff, marker]), len, payload, jpg.subarray(2)])
}

/**
 * An APP1 EXIF block (big-endian TIFF) with Orientation and a GPS IFD holding a latitude, as a
 * phone camera writes it. The GPS position: 22°22'N (Kaiping).
 */
export function exifWithGps(orientation: number): Buffer {
  const entries = [
    { tag: 0x0112, type: 3, count: 1, value: orientation << 16 },
    { tag: 0x8825, type: 4, count: 1, value: 8 + 2 + 2 * 12 + 4 } // offset of the GPS IFD
  ]
  const ifd0 = Buffer.alloc(2 + entries.length * 12 + 4)
  ifd0.writeUInt16BE(entries.length, 0)
  entries.forEach((e, i) => {
    const o = 2 + i * 12
    ifd0.writeUInt16BE(e.tag, o)
    ifd0.writeUInt16BE(e.type, o + 2)
    ifd0.writeUInt32BE(e.count, o + 4)
    ifd0.writeUInt32BE(e.value >>> 0, o + 8)
  })
  const gps = Buffer.alloc(2 + 2 * 12 + 4 + 24)
  gps.writeUInt16BE(2, 0)
  gps.writeUInt16BE(0x0001, 2) // GPSLatitudeRef
  gps.writeUInt16BE(2, 4)
  gps.writeUInt32BE(2, 6)
  gps.write('N\0', 10, 'latin1')
  gps.writeUInt16BE(0x0002, 14) // GPSLatitude: 3 rationals
  gps.writeUInt16BE(5, 16)
  gps.writeUInt32BE(3, 18)
  const ratOffset = 8 + ifd0.length + 2 + 2 * 12 + 4
  gps.writeUInt32BE(ratOffset, 22)
  ;[22, 1, 22, 1, 0, 1].forEach((v, i) => gps.writeUInt32BE(v, 30 + i * 4))
  const tiff = Buffer.concat([Buffer.from('MM\0*', 'latin1'), Buffer.from([0, 0, 0, 8]), ifd0, gps])
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
}

/** A real JPEG from a camera: EXIF with GPS and a 90° rotation (orientation 6), a comment, 160 × 100 stored. */
export function cameraJpeg(): Buffer {
  return withSegment(withSegment(photoJpeg(160, 100), 0xfe, Buffer.from('Phone X camera', 'latin1')), 0xe1, exifWithGps(6))
}

export { jpeg }
