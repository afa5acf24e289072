/**
 * weapp: the signature pad's <canvas type="2d"> node and its PNG export. WeChat hands the node
 * over asynchronously through a selector query.
 */
import Taro from '@tarojs/taro'

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

export function padNode(selector: string): Promise<PadNode | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery().select(selector).fields({ node: true, size: true }).exec((res: Array<{ node?: PadCanvas, width?: number, height?: number } | null>) => {
      const r = res?.[0]
      if (!r?.node || !r.width || !r.height) { resolve(null); return }
      let ratio = 2
      try { ratio = Math.min(3, Taro.getSystemInfoSync().pixelRatio || 2) } catch { /* default */ }
      resolve({ canvas: r.node, cssWidth: r.width, cssHeight: r.height, ratio })
    })
  })
}

export interface ExportedImage { path: string, bytes: number }

export function exportPng(canvas: PadCanvas): Promise<ExportedImage> {
  return new Promise((resolve, reject) => {
    Taro.canvasToTempFilePath({
      canvas, fileType: 'png',
      success: (r: { tempFilePath: string }) => {
        Taro.getFileSystemManager().getFileInfo({ filePath: r.tempFilePath, success: (i) => resolve({ path: r.tempFilePath, bytes: i.size }), fail: reject })
      },
      fail: reject
    } as unknown as Taro.canvasToTempFilePath.Option)
  })
}
