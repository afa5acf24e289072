/**
 * weapp: crop, scale and compress a document photo on an offscreen 2D canvas, then
 * export it as a JPEG temp file with canvasToTempFilePath (quality searched by core). WeChat's
 * own compressImage cannot crop or draw, and NutUI's Uploader ignores sizeType on weapp.
 */
import Taro from '@tarojs/taro'
import { clampRect, fitLongSide, searchJpegQuality, type Rect, type Size } from '../core/image'
import { drawPhoto, type PhotoContext } from './image-draw'

export interface PhotoJob {
  /** Local temp path (weapp) or blob/data URL (h5) of the full-size photo. */
  path: string
  /** Part of the photo to keep, in its pixels; null = all of it (album pictures). */
  crop?: Rect | null
  maxBytes?: number
}

export interface ProcessedPhoto {
  path: string
  width: number
  height: number
  bytes: number
  quality: number
  /** False when even the smallest size was over the budget (the server still takes up to 2 MB). */
  fits: boolean
}

interface WxImage { onload: (() => void) | null, onerror: ((e: unknown) => void) | null, src: string }
interface WxOffscreen {
  width: number
  height: number
  getContext(type: '2d'): unknown
  createImage(): WxImage
}

export function imageSize(path: string): Promise<Size> {
  return new Promise((resolve, reject) => {
    Taro.getImageInfo({ src: path, success: (r) => resolve({ width: r.width, height: r.height }), fail: reject })
  })
}

function fileBytes(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (r) => resolve(r.size), fail: reject })
  })
}

function exportJpeg(canvas: WxOffscreen, quality: number): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.canvasToTempFilePath({
      canvas, fileType: 'jpg', quality, width: canvas.width, height: canvas.height, destWidth: canvas.width, destHeight: canvas.height,
      success: (r: { tempFilePath: string }) => resolve(r.tempFilePath),
      fail: reject
    } as unknown as Taro.canvasToTempFilePath.Option)
  })
}

export async function processPhoto(job: PhotoJob): Promise<ProcessedPhoto> {
  const source = await imageSize(job.path)
  const crop = clampRect(job.crop ?? { x: 0, y: 0, ...source }, source.width, source.height)
  const first = fitLongSide(crop)
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: first.width, height: first.height }) as unknown as WxOffscreen
  const ctx = canvas.getContext('2d') as PhotoContext
  const img = canvas.createImage()
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve()
    img.onerror = reject
    img.src = job.path
  })
  let drawnAt = 0
  const choice = await searchJpegQuality<string>(async (quality, longSide) => {
    if (drawnAt !== longSide) {
      const out = fitLongSide(crop, longSide)
      canvas.width = out.width
      canvas.height = out.height
      drawPhoto(ctx, img, crop, out)
      drawnAt = longSide
    }
    const path = await exportJpeg(canvas, quality)
    return { bytes: await fileBytes(path), value: path }
  }, { maxBytes: job.maxBytes })
  return { path: choice.value, width: canvas.width, height: canvas.height, bytes: choice.bytes, quality: choice.quality, fits: choice.fits }
}
