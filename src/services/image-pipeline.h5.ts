/**
 * h5: crop, scale and compress a document photo on the browser's canvas. DOM only
 * (no Taro), so the bench runs this very code in headless Chromium.
 */
import { clampRect, fitLongSide, searchJpegQuality, type QualityChoice, type Rect, type Size } from '../core/image'
import { drawPhoto, type PhotoContext } from './image-draw'
import type { PhotoJob, ProcessedPhoto } from './image-pipeline'

export type { PhotoJob, ProcessedPhoto } from './image-pipeline'

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image load failed'))
    img.src = src
  })
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b === null ? reject(new Error('jpeg encode failed')) : resolve(b)), 'image/jpeg', quality)
  })
}

/** Compresses any drawable (image, video frame, canvas) of `source` size; the blob is a JPEG. */
export async function compressDrawable(
  drawable: CanvasImageSource,
  source: Size,
  job: Pick<PhotoJob, 'crop' | 'maxBytes'>
): Promise<QualityChoice<Blob> & Size> {
  const crop: Rect = clampRect(job.crop ?? { x: 0, y: 0, ...source }, source.width, source.height)
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (ctx === null) throw new Error('canvas unsupported')
  let drawnAt = 0
  const choice = await searchJpegQuality<Blob>(async (quality, longSide) => {
    if (drawnAt !== longSide) {
      const out = fitLongSide(crop, longSide)
      canvas.width = out.width
      canvas.height = out.height
      drawPhoto(ctx as unknown as PhotoContext, drawable, crop, out)
      drawnAt = longSide
    }
    const blob = await toBlob(canvas, quality)
    return { bytes: blob.size, value: blob }
  }, { maxBytes: job.maxBytes })
  return { ...choice, width: canvas.width, height: canvas.height }
}

export async function processPhoto(job: PhotoJob): Promise<ProcessedPhoto> {
  const img = await loadImage(job.path)
  const out = await compressDrawable(img, { width: img.naturalWidth, height: img.naturalHeight }, job)
  return { path: URL.createObjectURL(out.value), width: out.width, height: out.height, bytes: out.bytes, quality: out.quality, fits: out.fits }
}

export async function imageSize(path: string): Promise<Size> {
  const img = await loadImage(path)
  return { width: img.naturalWidth, height: img.naturalHeight }
}
