import Taro from '@tarojs/taro'

export interface Canvas2D {
  ctx: CanvasRenderingContext2D
  /** CSS pixels; the backing store is scaled by the device pixel ratio. */
  width: number
  height: number
}

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => CanvasRenderingContext2D | null
}

/**
 * The 2d context of a `<Canvas type='2d' id=…>` (same API on weapp and h5), sized for the
 * device pixel ratio so text stays sharp. Resolves null where no canvas exists (e.g. a test renderer).
 */
export function canvas2d (id: string): Promise<Canvas2D | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: CanvasNode, width?: number, height?: number } | null>) => {
          const hit = res?.[0]
          const node = hit?.node
          if (!node || typeof node.getContext !== 'function' || !hit.width || !hit.height) return resolve(null)
          const ctx = node.getContext('2d')
          if (!ctx) return resolve(null)
          const dpr = Taro.getSystemInfoSync().pixelRatio || 1
          node.width = Math.round(hit.width * dpr)
          node.height = Math.round(hit.height * dpr)
          ctx.scale(dpr, dpr)
          resolve({ ctx, width: hit.width, height: hit.height })
        })
    } catch {
      resolve(null)
    }
  })
}
