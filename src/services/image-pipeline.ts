/**
 * weapp: crop, scale and compress a document photo on an offscreen 2D canvas, then
 * export it as a JPEG temp file with canvasToTempFilePath (quality searched by core). WeChat's
 * own compressImage cannot crop or draw, and NutUI's Uploader ignores sizeType on weapp.
 */
import Taro from '@tarojs/taro'
import { fitLongSide, type Size } from '../core/image'
import { canvasToTempFile, fileSize } from './canvas'
import { compressPhoto, photoCrop, type PhotoContext, type PhotoEdit } from './image-draw'

export interface PhotoJob extends PhotoEdit {
  /** Local temp path (weapp) or blob/data URL (h5) of the full-size photo. */
  path: string
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

export async function processPhoto(job: PhotoJob): Promise<ProcessedPhoto> {
  const source = await imageSize(job.path)
  const first = fitLongSide(photoCrop(job, source))
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: first.width, height: first.height }) as unknown as WxOffscreen
  const ctx = canvas.getContext('2d') as PhotoContext
  const img = canvas.createImage()
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve()
    img.onerror = reject
    img.src = job.path
  })
  const out = await compressPhoto(canvas, ctx, img, source, job, async (quality) => {
    const path = await canvasToTempFile(canvas, { fileType: 'jpg', quality, fullSize: canvas })
    return { bytes: await fileSize(path), value: path }
  })
  return { path: out.value, width: out.width, height: out.height, bytes: out.bytes, quality: out.quality, fits: out.fits }
}
