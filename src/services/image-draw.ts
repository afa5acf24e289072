/**
 * Drawing and compressing a document photo on a 2D canvas: the crop scaled to the output size and
 * the search for the JPEG quality that fits the byte budget. The canvas and context types are
 * structural so the same code runs on WeChat's offscreen canvas and the browser's canvas (and in
 * the bench); each platform injects only its encode step. No platform imports here.
 */
import { clampRect, fitLongSide, searchJpegQuality, type QualityChoice, type Rect, type Size } from '../core/image'

/** The part of a 2D context both WeChat's canvas and the browser's provide. */
export interface PhotoContext {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
  lineJoin: string
  drawImage(image: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  save(): void
  restore(): void
  translate(x: number, y: number): void
  rotate(angle: number): void
  fillText(text: string, x: number, y: number): void
  strokeText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

/** What to make of a photo: which part to keep, and the byte budget. */
export interface PhotoEdit {
  /** Part of the photo to keep, in its pixels; null = all of it (album pictures). */
  crop?: Rect | null
  maxBytes?: number
}

/** A canvas the loop can resize: WeChat's offscreen canvas and the browser's both are. */
export interface SizedCanvas {
  width: number
  height: number
}

/** The part of a `source`-sized photo to keep, inside its bounds. */
export function photoCrop(edit: PhotoEdit, source: Size): Rect {
  return clampRect(edit.crop ?? { x: 0, y: 0, ...source }, source.width, source.height)
}

/**
 * The one compression loop of both platforms: redraws the crop at each size core's search asks
 * for and encodes at each quality it tries, until the photo fits `maxBytes`. `encode` is the
 * platform's step (canvasToTempFilePath on weapp, canvas.toBlob in the browser).
 */
export async function compressPhoto<T>(
  canvas: SizedCanvas,
  ctx: PhotoContext,
  drawable: unknown,
  source: Size,
  edit: PhotoEdit,
  encode: (quality: number) => Promise<{ bytes: number, value: T }>
): Promise<QualityChoice<T> & Size> {
  const crop = photoCrop(edit, source)
  let drawnAt = 0
  const choice = await searchJpegQuality<T>(async (quality, longSide) => {
    if (drawnAt !== longSide) {
      const out = fitLongSide(crop, longSide)
      canvas.width = out.width
      canvas.height = out.height
      drawPhoto(ctx, drawable, crop, out)
      drawnAt = longSide
    }
    return encode(quality)
  }, { maxBytes: edit.maxBytes })
  return { ...choice, width: canvas.width, height: canvas.height }
}

/**
 * White background (JPEG has no alpha) and the cropped photo scaled to `out`. No watermark: the
 * server applies it to what it stores (backend/services/image-ingest.ts), so every copy is marked
 * the same way whatever client sent it.
 */
export function drawPhoto(ctx: PhotoContext, image: unknown, crop: Rect, out: Size): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, out.width, out.height)
}
