import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { SignatureControls, useSignature } from './SignatureControls'
import { paintSignature, type StrokeContext } from './signature'
import type { SignaturePadProps } from './SignaturePad'
import './signature.scss'

export type { SignaturePadProps } from './SignaturePad'

/** h5: the same pad on a plain <canvas> with pointer events (finger, pen or mouse). */
export function SignaturePad({ filingId, onDone, onPending }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null)
  const sig = useSignature(filingId, onDone, () => new Promise((resolve, reject) => {
    const c = canvas.current
    if (c === null) { reject(new Error('pad not ready')); return }
    c.toBlob((b) => (b === null ? reject(new Error('export failed')) : resolve({ path: URL.createObjectURL(b), bytes: b.size, width: c.width, height: c.height })), 'image/png')
  }), onPending)

  const ratio = Math.min(3, window.devicePixelRatio || 1)
  const paint = () => {
    const c = canvas.current
    const ctx = c?.getContext('2d')
    if (!c || !ctx) return
    const w = c.clientWidth
    const h = c.clientHeight
    if (c.width !== Math.round(w * ratio)) { c.width = Math.round(w * ratio); c.height = Math.round(h * ratio) }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    paintSignature(ctx as unknown as StrokeContext, sig.strokes.current, w, h)
  }
  useEffect(paint, [sig.version])

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect()
    return { x: e.clientX - r.left, y: e.clientY - r.top }
  }
  return (
    <View className='sign' data-testid='signature-pad'>
      <canvas
        ref={canvas}
        className='sign__canvas'
        data-testid='signature-canvas'
        style={{ touchAction: 'none' }}
        onPointerDown={(e) => { e.currentTarget.setPointerCapture?.(e.pointerId); sig.begin(at(e)) }}
        onPointerMove={(e) => sig.extend(at(e))}
        onPointerUp={() => sig.end()}
        onPointerCancel={() => sig.end()}
      />
      <SignatureControls sig={sig} />
    </View>
  )
}
