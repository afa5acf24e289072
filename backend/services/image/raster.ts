/**
 * RGBA pixel operations the server's re-encode needs: EXIF orientation, flattening
 * transparency onto white (JPEG has no alpha), area-averaging downscale, solid fills and
 * blending a coverage mask in a colour. Plain typed arrays, no library.
 */
import type { Rgba } from '../../core'

// Hot loops use these instead of Math.*: jest's sandboxed globals make every Math call dozens of
// times slower, and V8 inlines small local functions just as well in production.
const clampByte = (v: number): number => (v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0)
const min = (a: number, b: number): number => (a < b ? a : b)
const max = (a: number, b: number): number => (a > b ? a : b)

export interface Bitmap {
  width: number
  height: number
  /** RGBA, 4 bytes per pixel, row-major. */
  data: Uint8Array
}

export function blank(width: number, height: number): Bitmap {
  return { width, height, data: new Uint8Array(width * height * 4) }
}

/** Applies EXIF orientation 2…8 so the pixels stand the way the camera showed them. */
export function orient(src: Bitmap, orientation: number): Bitmap {
  if (orientation <= 1 || orientation > 8) return src
  const swap = orientation >= 5
  const w = swap ? src.height : src.width
  const h = swap ? src.width : src.height
  const out = blank(w, h)
  const sw = src.width
  const sh = src.height
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      let dx: number
      let dy: number
      switch (orientation) {
        case 2: dx = sw - 1 - x; dy = y; break
        case 3: dx = sw - 1 - x; dy = sh - 1 - y; break
        case 4: dx = x; dy = sh - 1 - y; break
        case 5: dx = y; dy = x; break
        case 6: dx = sh - 1 - y; dy = x; break
        case 7: dx = sh - 1 - y; dy = sw - 1 - x; break
        default: dx = y; dy = sw - 1 - x; break // 8
      }
      const s = (y * sw + x) * 4
      const d = (dy * w + dx) * 4
      out.data[d] = src.data[s]
      out.data[d + 1] = src.data[s + 1]
      out.data[d + 2] = src.data[s + 2]
      out.data[d + 3] = src.data[s + 3]
    }
  }
  return out
}

/** Composites onto white in place and makes every pixel opaque. */
export function flattenOnWhite(img: Bitmap): Bitmap {
  const d = img.data
  for (let i = 0; i < d.length; i += 4) {
    const a = d[i + 3]
    if (a === 255) continue
    const k = a / 255
    d[i] = clampByte(d[i] * k + 255 * (1 - k))
    d[i + 1] = clampByte(d[i + 1] * k + 255 * (1 - k))
    d[i + 2] = clampByte(d[i + 2] * k + 255 * (1 - k))
    d[i + 3] = 255
  }
  return img
}

/**
 * Downscale by area averaging (each output pixel is the exact mean of the source area it
 * covers), separably: rows first, then columns. Never upscales.
 */
export function resizeArea(src: Bitmap, width: number, height: number): Bitmap {
  if (width >= src.width && height >= src.height) return src
  const tmp = new Float32Array(width * src.height * 4)
  resample1d(src.data, tmp, src.width, src.height, width, true)
  const out = new Float32Array(width * height * 4)
  resample1d(tmp, out, src.height, width, height, false)
  const data = new Uint8Array(out.length)
  for (let i = 0; i < out.length; i++) data[i] = clampByte(out[i])
  return { width, height, data }
}

/** Resamples along x (horizontal) or y, `n` source samples to `m`, for each of `lines` lines. */
function resample1d(src: ArrayLike<number>, dst: Float32Array, n: number, lines: number, m: number, horizontal: boolean): void {
  const scale = n / m
  const srcW = horizontal ? n : lines
  const dstW = horizontal ? m : lines
  for (let o = 0; o < m; o++) {
    const start = o * scale
    const end = start + scale
    const first = start | 0
    const last = min(n - 1, Math.ceil(end) - 1)
    for (let line = 0; line < lines; line++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let s = first; s <= last; s++) {
        const w = min(end, s + 1) - max(start, s)
        if (w <= 0) continue
        const i = (horizontal ? line * srcW + s : s * srcW + line) * 4
        r += src[i] * w
        g += src[i + 1] * w
        b += src[i + 2] * w
        a += src[i + 3] * w
      }
      const j = (horizontal ? line * dstW + o : o * dstW + line) * 4
      dst[j] = r / scale
      dst[j + 1] = g / scale
      dst[j + 2] = b / scale
      dst[j + 3] = a / scale
    }
  }
}

/** A taller copy: `src` on top, `extra` rows of `fill` below it. */
export function extendBottom(src: Bitmap, extra: number, fill: Rgba): Bitmap {
  const out = blank(src.width, src.height + extra)
  out.data.set(src.data)
  for (let i = src.data.length; i < out.data.length; i += 4) {
    out.data[i] = fill.r
    out.data[i + 1] = fill.g
    out.data[i + 2] = fill.b
    out.data[i + 3] = 255
  }
  return out
}

/** Blends `color` into `img` where `mask` (coverage 0…1, `mw` wide, placed at ox, oy) covers it. */
export function blendMask(img: Bitmap, mask: Float32Array, mw: number, mh: number, ox: number, oy: number, color: Rgba): void {
  for (let y = 0; y < mh; y++) {
    const iy = oy + y
    if (iy < 0 || iy >= img.height) continue
    for (let x = 0; x < mw; x++) {
      const ix = ox + x
      if (ix < 0 || ix >= img.width) continue
      const cov = mask[y * mw + x]
      if (cov <= 0) continue
      const k = min(1, cov) * color.a
      const i = (iy * img.width + ix) * 4
      img.data[i] = clampByte(img.data[i] + (color.r - img.data[i]) * k)
      img.data[i + 1] = clampByte(img.data[i + 1] + (color.g - img.data[i + 1]) * k)
      img.data[i + 2] = clampByte(img.data[i + 2] + (color.b - img.data[i + 2]) * k)
    }
  }
}
