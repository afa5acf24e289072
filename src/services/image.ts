import Taro from '@tarojs/taro'
import { canvasToTempFile } from './canvas'
import { previewImages } from './media'

/** The part of a 2D canvas context the app draws with (same on WeChat's canvas and the browser's). */
export interface DrawContext {
  fillStyle: string
  strokeStyle: string
  lineWidth: number
  font: string
  textAlign: 'left' | 'right' | 'center' | 'start' | 'end'
  textBaseline: 'top' | 'middle' | 'alphabetic' | 'bottom' | 'hanging' | 'ideographic'
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
}

interface OffscreenLike {
  getContext(type: '2d'): unknown
  toDataURL?: (type?: string, quality?: number) => string
}

/**
 * Draws an image off screen and returns a local file path WeChat can save or preview.
 * canvasToTempFilePath takes an offscreen 2D canvas on current base libraries; older ones
 * only offer toDataURL, whose bytes are written to the user data folder instead.
 */
export async function renderImage (width: number, height: number, draw: (ctx: DrawContext) => void): Promise<string> {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as OffscreenLike
  draw(canvas.getContext('2d') as DrawContext)
  try {
    return await canvasToTempFile(canvas, { fileType: 'jpg', quality: 0.92 })
  } catch {
    if (typeof canvas.toDataURL !== 'function') throw new Error('canvas export unsupported')
    const base64 = canvas.toDataURL('image/jpeg', 0.92).replace(/^data:image\/\w+;base64,/, '')
    const path = `${Taro.env.USER_DATA_PATH}/registration-form-${Date.now()}.jpg`
    Taro.getFileSystemManager().writeFileSync(path, base64, 'base64')
    return path
  }
}

/** Saves an image to the phone's album (asks for permission the first time). */
export async function saveImage (path: string, _fileName: string): Promise<void> {
  await Taro.saveImageToPhotosAlbum({ filePath: path })
}

/** Full-screen preview, from which WeChat also lets the user forward or save the image. */
export function previewImage (path: string): void {
  previewImages(path, [path])
}

/** Printing needs a computer on weapp: the caller explains how instead. */
export const canPrint = false

export function printImage (_path: string): void {
  /* not available inside WeChat */
}
