/**
 * weapp: the signature pad's <canvas type="2d"> node and its PNG export. WeChat hands the node
 * over asynchronously through a selector query.
 */
import { canvasNode, canvasToTempFile, fileSize } from './canvas'

export interface PadCanvas {
  width: number
  height: number
  getContext(type: '2d'): unknown
}

export interface PadNode {
  canvas: PadCanvas
  /** CSS size of the pad; the canvas itself is that times the pixel ratio. */
  cssWidth: number
  cssHeight: number
  ratio: number
}

/** The pad's canvas node, with a pixel ratio capped at 3 (2 when the platform does not say). */
export async function padNode(selector: string): Promise<PadNode | null> {
  const found = await canvasNode<PadCanvas>(selector)
  if (found === null) return null
  return { canvas: found.node, cssWidth: found.cssWidth, cssHeight: found.cssHeight, ratio: Math.min(3, found.pixelRatio || 2) }
}

export interface ExportedImage { path: string, bytes: number }

export async function exportPng(canvas: PadCanvas): Promise<ExportedImage> {
  const path = await canvasToTempFile(canvas, { fileType: 'png' })
  return { path, bytes: await fileSize(path) }
}
