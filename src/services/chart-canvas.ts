import Taro from '@tarojs/taro'

/** A 2d canvas ready for a chart library: its context, CSS size and device pixel ratio. */
export interface ChartCanvas {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** weapp has no global requestAnimationFrame: a canvas 2d node brings its own. */
  requestAnimationFrame?: (cb: () => void) => number
  cancelAnimationFrame?: (id: number) => void
  createImage?: () => HTMLImageElement
}

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => CanvasRenderingContext2D | null
  requestAnimationFrame?: (cb: () => void) => number
  cancelAnimationFrame?: (id: number) => void
  createImage?: () => HTMLImageElement
}

/**
 * weapp: the node of a `<Canvas type='2d' id=…>` through a selector query (the only way to reach
 * a canvas 2d there), its backing store sized for the pixel ratio. Null where no canvas exists.
 */
export function chartCanvas (id: string): Promise<ChartCanvas | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: CanvasNode, width?: number, height?: number } | null>) => {
          const hit = res?.[0]
          const node = hit?.node
          if (!node || typeof node.getContext !== 'function' || !hit.width || !hit.height) return resolve(null)
          const context = node.getContext('2d')
          if (!context) return resolve(null)
          const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1
          node.width = Math.round(hit.width * pixelRatio)
          node.height = Math.round(hit.height * pixelRatio)
          resolve({
            context,
            width: hit.width,
            height: hit.height,
            pixelRatio,
            requestAnimationFrame: node.requestAnimationFrame?.bind(node),
            cancelAnimationFrame: node.cancelAnimationFrame?.bind(node),
            createImage: node.createImage?.bind(node)
          })
        })
    } catch {
      resolve(null)
    }
  })
}
