/**
 * Text drawn from glyph outlines, with no font engine and no system font: the cloud runtime has
 * no CJK fonts at all. Outlines come from `glyphs.generated.ts` (made at build time from the Noto
 * Sans SC font in an npm package by scripts/generate-watermark-glyphs.mjs); this file lays them
 * out, transforms them (scale, rotate, translate) and rasterises them with an exact-area
 * accumulation rasteriser (the signed-area method of font-rs), which antialiases for free.
 */
import type { Rgba } from '../../core'
import { blendMask, type Bitmap } from './raster'

export interface GlyphSet {
  unitsPerEm: number
  /** Character → advance width (font units) and outline path ('M x y L x y Q … C … Z', y up). */
  glyphs: Record<string, { a: number, p: string }>
}

type Pt = [number, number]
/** A glyph as closed polylines in font units (curves flattened at draw time). */
type Cmd = ['M', number, number] | ['L', number, number] | ['Q', number, number, number, number] | ['C', number, number, number, number, number, number] | ['Z']

const parsed = new Map<string, Cmd[]>()
// Local helpers instead of Math.* in the per-row loop (see raster.ts).
const floor = (v: number): number => { const t = v | 0; return t > v ? t - 1 : t }
const ceil = (v: number): number => { const t = v | 0; return t < v ? t + 1 : t }
const min = (a: number, b: number): number => (a < b ? a : b)
const max = (a: number, b: number): number => (a > b ? a : b)

function parsePath(p: string): Cmd[] {
  const cached = parsed.get(p)
  if (cached) return cached
  const out: Cmd[] = []
  const re = /([MLQCZ])([^MLQCZ]*)/g
  for (let m = re.exec(p); m !== null; m = re.exec(p)) {
    const n = m[2].trim() === '' ? [] : m[2].trim().split(/[ ,]+/).map(Number)
    out.push([m[1], ...n] as Cmd)
  }
  parsed.set(p, out)
  return out
}

/** Characters of `text` the glyph set cannot draw (spaces need no outline, only an advance). */
export function missingGlyphs(set: GlyphSet, text: string): string[] {
  return [...new Set([...text].filter((ch) => set.glyphs[ch] === undefined))]
}

/** Width of `text` at a 1 px font. */
export function emWidth(set: GlyphSet, text: string): number {
  let units = 0
  for (const ch of text) units += set.glyphs[ch]?.a ?? set.unitsPerEm / 2
  return units / set.unitsPerEm
}

/** Affine map from font units: x' = a·x + c·y + e, y' = b·x + d·y + f (pixel space, y down). */
interface Affine { a: number, b: number, c: number, d: number, e: number, f: number }

/** Outlines of `text` centred on (cx, cy), `fontPx` tall, rotated by `angle`, as pixel polylines. */
export function textPolylines(set: GlyphSet, text: string, fontPx: number, cx: number, cy: number, angle = 0): Pt[][] {
  const k = fontPx / set.unitsPerEm
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  // Vertical centre of a CJK em box: baseline sits ~0.12 em below the middle (ideographic box).
  const baselineOffset = fontPx * 0.38
  let penX = -emWidth(set, text) * fontPx / 2
  const lines: Pt[][] = []
  for (const ch of text) {
    const g = set.glyphs[ch]
    if (g !== undefined && g.p !== '') {
      // Local (unrotated) pixel coordinates: x right, y down, origin at the text's centre.
      // Font units → local pixels (x' = k·x + penX, y' = -k·y + baseline), then rotated and moved.
      const m: Affine = {
        a: k * cos, b: k * sin,
        c: k * sin, d: -k * cos,
        e: penX * cos - baselineOffset * sin + cx, f: penX * sin + baselineOffset * cos + cy
      }
      lines.push(...flatten(parsePath(g.p), m))
    }
    penX += ((g?.a ?? set.unitsPerEm / 2) / set.unitsPerEm) * fontPx
  }
  return lines
}

function apply(m: Affine, x: number, y: number): Pt {
  return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]
}

/** Curves become line segments short enough (≈ 0.5 px) that the error is invisible. */
function flatten(cmds: Cmd[], m: Affine): Pt[][] {
  const out: Pt[][] = []
  let cur: Pt[] = []
  let last: Pt = [0, 0]
  const steps = (pts: Pt[]) => {
    let len = 0
    for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1])
    return Math.max(1, Math.min(64, Math.ceil(len / 2)))
  }
  for (const c of cmds) {
    if (c[0] === 'M') {
      if (cur.length > 1) out.push(cur)
      last = apply(m, c[1], c[2])
      cur = [last]
    } else if (c[0] === 'L') {
      last = apply(m, c[1], c[2])
      cur.push(last)
    } else if (c[0] === 'Q') {
      const p1 = apply(m, c[1], c[2])
      const p2 = apply(m, c[3], c[4])
      const p0 = last
      const n = steps([p0, p1, p2])
      for (let i = 1; i <= n; i++) {
        const t = i / n
        const u = 1 - t
        cur.push([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]])
      }
      last = p2
    } else if (c[0] === 'C') {
      const p1 = apply(m, c[1], c[2])
      const p2 = apply(m, c[3], c[4])
      const p3 = apply(m, c[5], c[6])
      const p0 = last
      const n = steps([p0, p1, p2, p3])
      for (let i = 1; i <= n; i++) {
        const t = i / n
        const u = 1 - t
        cur.push([
          u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
          u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]
        ])
      }
      last = p3
    } else if (cur.length > 1) {
      out.push(cur)
      cur = [cur[0]]
      last = cur[0]
    }
  }
  if (cur.length > 1) out.push(cur)
  return out
}

/**
 * Coverage (0…1) of closed polylines on a `w` × `h` grid whose origin is (ox, oy): for every
 * edge, the signed area it sweeps is added per cell; a running sum along each row then gives
 * the winding-weighted coverage (non-zero rule, saturated at 1).
 */
export function rasterize(lines: Pt[][], ox: number, oy: number, w: number, h: number): Float32Array {
  const stride = w + 2
  const acc = new Float32Array(stride * h)
  for (const poly of lines) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]
      const q = poly[(i + 1) % poly.length]
      edge(acc, stride, h, p[0] - ox, p[1] - oy, q[0] - ox, q[1] - oy)
    }
  }
  const out = new Float32Array(w * h)
  for (let y = 0; y < h; y++) {
    let sum = 0
    for (let x = 0; x < w; x++) {
      sum += acc[y * stride + x]
      const a = sum < 0 ? -sum : sum
      out[y * w + x] = a > 1 ? 1 : a
    }
  }
  return out
}

function edge(acc: Float32Array, stride: number, h: number, x0: number, y0: number, x1: number, y1: number): void {
  if (y0 === y1) return
  let dir = 1
  if (y0 > y1) {
    dir = -1
    ;[x0, y0, x1, y1] = [x1, y1, x0, y0]
  }
  // Callers size the grid to the outline's bounds plus a margin, so x stays within [0, stride-2].
  const dxdy = (x1 - x0) / (y1 - y0)
  let x = x0
  if (y0 < 0) x -= y0 * dxdy
  const yStart = max(0, floor(y0))
  const yEnd = min(h, ceil(y1))
  for (let y = yStart; y < yEnd; y++) {
    const row = y * stride
    const dy = min(y + 1, y1) - max(y, y0)
    const xNext = x + dxdy * dy
    const d = dy * dir
    const xa = min(x, xNext)
    const xb = max(x, xNext)
    const x0f = floor(xa)
    const x1c = ceil(xb)
    if (x1c <= x0f + 1) {
      const xm = 0.5 * (x + xNext) - x0f
      acc[row + x0f] += d - d * xm
      acc[row + x0f + 1] += d * xm
    } else {
      const s = 1 / (xb - xa)
      const f0 = xa - x0f
      const a0 = 0.5 * s * (1 - f0) * (1 - f0)
      const f1 = xb - x1c + 1
      const am = 0.5 * s * f1 * f1
      acc[row + x0f] += d * a0
      if (x1c === x0f + 2) {
        acc[row + x0f + 1] += d * (1 - a0 - am)
      } else {
        const a1 = s * (1.5 - f0)
        acc[row + x0f + 1] += d * (a1 - a0)
        for (let xi = x0f + 2; xi < x1c - 1; xi++) acc[row + xi] += d * s
        const a2 = a1 + (x1c - x0f - 3) * s
        acc[row + x1c - 1] += d * (1 - a2 - am)
      }
      acc[row + x1c] += d * am
    }
    x = xNext
  }
}

/** Draws `text` into `img`: centred on (cx, cy), `fontPx` tall, rotated by `angle`, in `color`. */
export function drawText(img: Bitmap, set: GlyphSet, text: string, fontPx: number, cx: number, cy: number, color: Rgba, angle = 0): void {
  const lines = textPolylines(set, text, fontPx, cx, cy, angle)
  if (lines.length === 0) return
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const l of lines) {
    for (const [x, y] of l) {
      if (x < minX) minX = x
      if (y < minY) minY = y
      if (x > maxX) maxX = x
      if (y > maxY) maxY = y
    }
  }
  // Nothing of this repeat falls on the picture: skip its rasterisation entirely.
  if (maxX < 0 || maxY < 0 || minX >= img.width || minY >= img.height) return
  const ox = Math.floor(minX) - 1
  const oy = Math.floor(minY) - 1
  const w = Math.ceil(maxX) - ox + 2
  const h = Math.ceil(maxY) - oy + 2
  blendMask(img, rasterize(lines, ox, oy, w, h), w, h, ox, oy, color)
}
