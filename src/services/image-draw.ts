/**
 * Drawing a document photo onto a 2D context: the crop scaled to the output size, then the
 * watermark. The context type is structural so the same code runs on WeChat's offscreen canvas
 * and the browser's canvas (and in the bench). No platform imports here.
 */
import { watermarkLayout, type Rect, type Size } from '../core/image'

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

/** White background (JPEG has no alpha), the cropped photo scaled to `out`, the watermark if any. */
export function drawPhoto(ctx: PhotoContext, image: unknown, crop: Rect, out: Size, watermark: string | null): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, out.width, out.height)
  if (watermark !== null && watermark !== '') drawWatermark(ctx, out, watermark)
}
