/**
 * h5: Taro renders `<Canvas id=…>` as a custom element wrapping a real `<canvas>`, and its selector
 * query returns no canvas node, which is why charts drew nothing in the browser. Reach the
 * element itself once it has a size, and size its backing store for the pixel ratio.
 */
import type { ChartCanvas } from './chart-canvas'

export type { ChartCanvas } from './chart-canvas'

function find (id: string): HTMLCanvasElement | null {
  const host = document.getElementById(id)
  if (host instanceof HTMLCanvasElement) return host
  return host?.querySelector('canvas') ?? null
}

export function chartCanvas (id: string): Promise<ChartCanvas | null> {
  return new Promise((resolve) => {
    let tries = 0
    const attempt = () => {
      const el = find(id)
      const rect = el?.getBoundingClientRect()
      if (el && rect && rect.width > 0 && rect.height > 0) {
        const context = el.getContext('2d')
        if (!context) return resolve(null)
        const pixelRatio = window.devicePixelRatio || 1
        el.width = Math.round(rect.width * pixelRatio)
        el.height = Math.round(rect.height * pixelRatio)
        return resolve({ context, width: rect.width, height: rect.height, pixelRatio })
      }
      // The element appears after React's commit and Taro's custom-element upgrade: wait for frames.
      if (++tries > 120) return resolve(null)
      requestAnimationFrame(attempt)
    }
    attempt()
  })
}
