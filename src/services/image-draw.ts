/**
 * Drawing and compressing a document photo on a 2D canvas: the crop scaled to the output size,
 * the watermark, and the search for the JPEG quality that fits the byte budget. The canvas and
 * context types are structural so the same code runs on WeChat's offscreen canvas and the
 * browser's canvas (and in the bench); each platform injects only its encode step. No platform
 * imports here.
 */
import { clampRect, fitLongSide, searchJpegQuality, watermarkLayout, type QualityChoice, type Rect, type Size } from '../core/image'

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

const FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'

/** Repeated diagonal text over the whole picture (layout from core, so both platforms agree). */
export function drawWatermark(ctx: PhotoContext, size: Size, text: string): void {
  const draft = watermarkLayout(size.width, size.height, text)
  ctx.save()
  ctx.font = `${draft.fontPx}px ${FONT_FAMILY}`
  const layout = watermarkLayout(size.width, size.height, text, ctx.measureText(text).width)
  ctx.translate(size.width / 2, size.height / 2)
  ctx.rotate(layout.angle)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  ctx.lineWidth = layout.strokeWidth
  ctx.strokeStyle = layout.stroke
  ctx.fillStyle = layout.fill
  for (const p of layout.positions) {
    ctx.strokeText(text, p.x, p.y)
    ctx.fillText(text, p.x, p.y)
  }
  ctx.restore()
}

/** What to make of a photo: which part to keep, the watermark line, the byte budget. */
export interface PhotoEdit {
  /** Part of the photo to keep, in its pixels; null = all of it (album pictures). */
  crop?: Rect | null
  /** Watermark line drawn across the photo, or null. */
  watermark?: string | null
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
      drawPhoto(ctx, drawable, crop, out, edit.watermark ?? null)
      drawnAt = longSide
    }
    return encode(quality)
  }, { maxBytes: edit.maxBytes })
  return { ...choice, width: canvas.width, height: canvas.height }
}

/** White background (JPEG has no alpha), the cropped photo scaled to `out`, the watermark if any. */
export function drawPhoto(ctx: PhotoContext, image: unknown, crop: Rect, out: Size, watermark: string | null): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, out.width, out.height)
  if (watermark !== null && watermark !== '') drawWatermark(ctx, out, watermark)
}
