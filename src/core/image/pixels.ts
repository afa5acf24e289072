/**
 * Pixel buffers as the camera and canvases hand them over (RGBA, 4 bytes per pixel, row-major),
 * and the small grayscale copy every quality measure works on. Measuring on a fixed-size copy
 * keeps the thresholds independent of the camera's frame size and keeps the check cheap.
 */

export interface RgbaFrame {
  width: number
  height: number
  /** RGBA bytes; WeChat's onCameraFrame gives an ArrayBuffer, canvases an Uint8ClampedArray. */
  data: ArrayLike<number>
}

export interface GrayImage {
  width: number
  height: number
  /** Luma 0…255, row-major. */
  data: Float32Array
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Long side of the grayscale copy the quality check measures on. */
export const ANALYSIS_LONG_SIDE = 320

/**
 * Grayscale (Rec. 601 luma) copy of `region` of `frame`, box-averaged by an integer factor so its
 * long side is at most `maxLongSide`. Box averaging (not point sampling) keeps sensor noise from
 * reading as detail.
 */
export function toGray(frame: RgbaFrame, maxLongSide = ANALYSIS_LONG_SIDE, region?: Rect): GrayImage {
  const r = clampRect(region ?? { x: 0, y: 0, width: frame.width, height: frame.height }, frame.width, frame.height)
  const factor = Math.max(1, Math.ceil(Math.max(r.width, r.height) / maxLongSide))
  const width = Math.max(1, Math.floor(r.width / factor))
  const height = Math.max(1, Math.floor(r.height / factor))
  const out = new Float32Array(width * height)
  const src = frame.data
  const stride = frame.width * 4
  const area = factor * factor
  for (let oy = 0; oy < height; oy++) {
    for (let ox = 0; ox < width; ox++) {
      let sum = 0
      const y0 = r.y + oy * factor
      const x0 = r.x + ox * factor
      for (let dy = 0; dy < factor; dy++) {
        let i = (y0 + dy) * stride + x0 * 4
        for (let dx = 0; dx < factor; dx++, i += 4) sum += 0.299 * src[i] + 0.587 * src[i + 1] + 0.114 * src[i + 2]
      }
      out[oy * width + ox] = sum / area
    }
  }
  return { width, height, data: out }
}

/** `rect` rounded to whole pixels and kept inside a width × height image (at least 1 × 1). */
export function clampRect(rect: Rect, width: number, height: number): Rect {
  const x = Math.min(Math.max(0, Math.round(rect.x)), Math.max(0, width - 1))
  const y = Math.min(Math.max(0, Math.round(rect.y)), Math.max(0, height - 1))
  const w = Math.max(1, Math.min(Math.round(rect.width), width - x))
  const h = Math.max(1, Math.min(Math.round(rect.height), height - y))
  return { x, y, width: w, height: h }
}
