import { useEffect, useRef, useState } from 'react'
import { View, Canvas } from '@tarojs/components'
import type { DocumentRef } from '../../core/schemas/documents'
import { exportPng, padNode, type PadNode } from '../../services/image-signature'
import { SignatureControls, useSignature } from './SignatureControls'
import { paintSignature, type StrokeContext } from './signature'
import './signature.scss'

export interface SignaturePadProps {
  filingId: string
  /** The stored signature, and a short-lived link to show it. */
  onDone: (ref: DocumentRef, previewUrl: string | null) => void
  /** Ink not yet confirmed: how to confirm it (null once there is none), for the wizard's 下一步. */
  onPending?: (run: (() => Promise<void>) | null) => void
}

const ID = 'signature-pad'
interface TouchLike { touches: Array<{ x: number, y: number }> }

/** weapp: finger signature on a <canvas type="2d">, exported as PNG and uploaded as the 'signature' document. */
export function SignaturePad({ filingId, onDone, onPending }: SignaturePadProps) {
  const node = useRef<PadNode | null>(null)
  const [ready, setReady] = useState(false)
  const sig = useSignature(filingId, onDone, async () => {
    if (node.current === null) throw new Error('pad not ready')
    const out = await exportPng(node.current.canvas)
    return { ...out, width: node.current.canvas.width, height: node.current.canvas.height }
  }, onPending)

  const paint = () => {
    const n = node.current
    if (n === null) return
    const ctx = n.canvas.getContext('2d') as StrokeContext & { setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void }
    ctx.setTransform(n.ratio, 0, 0, n.ratio, 0, 0)
    paintSignature(ctx, sig.strokes.current, n.cssWidth, n.cssHeight)
  }

  useEffect(() => {
    let live = true
    // The node exists only after the first render has reached the view layer.
    const t = setTimeout(() => {
      void padNode(`#${ID}`).then((n) => {
        if (!live || n === null) return
        n.canvas.width = Math.round(n.cssWidth * n.ratio)
        n.canvas.height = Math.round(n.cssHeight * n.ratio)
        node.current = n
        setReady(true)
        paint()
      })
    }, 50)
    return () => { live = false; clearTimeout(t) }
    // Runs once per mount.
  }, [])
  useEffect(paint, [sig.version, ready])

  const at = (e: TouchLike) => ({ x: e.touches[0]?.x ?? 0, y: e.touches[0]?.y ?? 0 })
  return (
    <View className='sign' data-testid='signature-pad'>
      <Canvas
        type='2d'
        id={ID}
        className='sign__canvas'
        disableScroll
        onTouchStart={(e) => sig.begin(at(e as unknown as TouchLike))}
        onTouchMove={(e) => sig.extend(at(e as unknown as TouchLike))}
        onTouchEnd={() => sig.end()}
      />
      <SignatureControls sig={sig} />
    </View>
  )
}
