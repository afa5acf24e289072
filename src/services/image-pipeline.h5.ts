/**
 * h5: crop, scale and compress a document photo on the browser's canvas. DOM only
 * (no Taro), so the bench runs this very code in headless Chromium.
 */
import type { QualityChoice, Size } from '../core/image'
import { compressPhoto, type PhotoContext, type PhotoEdit } from './image-draw'
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
  job: PhotoEdit
): Promise<QualityChoice<Blob> & Size> {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (ctx === null) throw new Error('canvas unsupported')
  return compressPhoto(canvas, ctx as unknown as PhotoContext, drawable, source, job, async (quality) => {
    const blob = await toBlob(canvas, quality)
    return { bytes: blob.size, value: blob }
  })
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
