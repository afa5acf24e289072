/**
 * The canvas and file APIs the app draws with, one typed wrapper each: a `<Canvas type='2d'>`
 * node found by selector, a canvas exported to a temp file, a temp file's size.
 */
import Taro from '@tarojs/taro'

export interface Canvas2D {
  ctx: CanvasRenderingContext2D
  /** CSS pixels; the backing store is scaled by the device pixel ratio. */
  width: number
  height: number
}

export interface CanvasNodeLike {
  width: number
  height: number
  getContext: (type: '2d') => unknown
}

export interface FoundCanvas<N extends CanvasNodeLike> {
  node: N
  /** CSS size of the element; the backing store is set by the caller (times `pixelRatio`). */
  cssWidth: number
  cssHeight: number
  /** The device pixel ratio (0 when the platform does not say). */
  pixelRatio: number
}

/** The node of a `<Canvas type='2d'>` (same API on weapp and h5); null where none exists (e.g. a test renderer). */
export function canvasNode<N extends CanvasNodeLike = CanvasNodeLike> (selector: string): Promise<FoundCanvas<N> | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(selector)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: N, width?: number, height?: number } | null>) => {
          const hit = res?.[0]
          const node = hit?.node
          if (!node || typeof node.getContext !== 'function' || !hit.width || !hit.height) return resolve(null)
          let pixelRatio = 0
          try { pixelRatio = Taro.getSystemInfoSync().pixelRatio || 0 } catch { /* unknown */ }
          resolve({ node, cssWidth: hit.width, cssHeight: hit.height, pixelRatio })
        })
    } catch {
      resolve(null)
    }
  })
}

/**
 * The 2d context of a `<Canvas type='2d' id=…>`, sized for the device pixel ratio so text stays
 * sharp. Resolves null where no canvas exists.
 */
export async function canvas2d (id: string): Promise<Canvas2D | null> {
  const found = await canvasNode(`#${id}`)
  if (found === null) return null
  const ctx = found.node.getContext('2d') as CanvasRenderingContext2D | null
  if (!ctx) return null
  const dpr = found.pixelRatio || 1
  found.node.width = Math.round(found.cssWidth * dpr)
  found.node.height = Math.round(found.cssHeight * dpr)
  ctx.scale(dpr, dpr)
  return { ctx, width: found.cssWidth, height: found.cssHeight }
}

/**
 * weapp: a 2d canvas (on screen or offscreen) written to a temp file. With `fullSize` the file
 * has exactly the canvas's pixels (no scaling by the device pixel ratio).
 */
export function canvasToTempFile (canvas: unknown, opts: { fileType: 'jpg' | 'png', quality?: number, fullSize?: { width: number, height: number } }): Promise<string> {
  const size = opts.fullSize ? { width: opts.fullSize.width, height: opts.fullSize.height, destWidth: opts.fullSize.width, destHeight: opts.fullSize.height } : {}
  return new Promise((resolve, reject) => {
    Taro.canvasToTempFilePath({
      canvas,
      fileType: opts.fileType,
      ...(opts.quality !== undefined ? { quality: opts.quality } : {}),
      ...size,
      success: (r: { tempFilePath: string }) => resolve(r.tempFilePath),
      fail: reject
    } as unknown as Taro.canvasToTempFilePath.Option)
  })
}

/** weapp: the size in bytes of a local (temp or user) file. */
export function fileSize (filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (r) => resolve(r.size), fail: reject })
  })
}
