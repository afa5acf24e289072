/**
 * Drawing a document photo onto a 2D context: the crop scaled to the output size. The context type is structural so the same code runs on WeChat's offscreen canvas
 * and the browser's canvas (and in the bench). No platform imports here.
 */
import type { Rect, Size } from '../core/image'

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
