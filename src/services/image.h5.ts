import { browserDownload } from './browser-download'
import type { DrawContext } from './image'

export type { DrawContext } from './image'

/** h5: the browser's own canvas; the "path" is a data URL usable in <Image> and downloads. */
export async function renderImage (width: number, height: number, draw: (ctx: DrawContext) => void): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (ctx === null) throw new Error('canvas unsupported')
  draw(ctx as unknown as DrawContext)
  return canvas.toDataURL('image/png')
}

/** h5: a download of the image file. */
export async function saveImage (path: string, fileName: string): Promise<void> {
  browserDownload(path, fileName)
}

export function previewImage (path: string): void {
  window.open(path, '_blank')
}

export const canPrint = true

/** Prints the image alone, one page, from a hidden frame. */
export function printImage (path: string): void {
  const frame = document.createElement('iframe')
  frame.style.position = 'fixed'
  frame.style.width = '0'
  frame.style.height = '0'
  frame.style.border = '0'
  document.body.appendChild(frame)
  const doc = frame.contentDocument
  if (doc === null) return
  doc.open()
  doc.write(`<html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:100%}</style></head><body><img src="${path}"></body></html>`)
  doc.close()
  const img = doc.querySelector('img')
  const go = () => { frame.contentWindow?.print(); setTimeout(() => frame.remove(), 1000) }
  if (img !== null && !img.complete) img.onload = go
  else go()
}
