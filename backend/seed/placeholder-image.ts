/** A small solid-colour PNG (demo "photo"), built with node:zlib — no image library needed. */
import { deflateSync } from 'node:zlib'
import { crc32 } from '../services/image/inspect'

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

/** width×height RGB image with a darker frame, so it reads as a card in the review screen. */
export function placeholderPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = (y: number) => {
    const r = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const edge = x < 6 || y < 6 || x >= width - 6 || y >= height - 6
      const k = edge ? 0.6 : 1
      r[1 + x * 3] = rgb[0] * k
      r[2 + x * 3] = rgb[1] * k
      r[3 + x * 3] = rgb[2] * k
    }
    return r
  }
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => row(y)))
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))])
}
