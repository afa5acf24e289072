import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { startVideo, stopVideo } from '../../services/camera.h5'
import { decodeQr } from '../../services/qr-scan.h5'
import { TT } from './texts'
import type { ScanViewProps } from './ScanView'

export type { ScanViewProps } from './ScanView'

const EVERY_MS = 250
/** Decoding works on the frame scaled to this long side: QR modules stay several pixels wide. */
const MAX_SIDE = 960

/** h5: the camera in a <video>, frames decoded with jsQR until a code is read. */
export function ScanView ({ onResult }: ScanViewProps) {
  const video = useRef<HTMLVideoElement | null>(null)
  const [state, setState] = useState<'starting' | 'scanning' | 'failed'>('starting')
  useEffect(() => {
    let stream: MediaStream | null = null
    let timer = 0
    let live = true
    const el = video.current
    if (el === null) return
    const canvas = document.createElement('canvas')
    startVideo(el).then((s) => {
      if (!live) { stopVideo(s); return }
      stream = s
      setState('scanning')
      timer = window.setInterval(() => {
        if (el.videoWidth === 0) return
        const k = Math.min(1, MAX_SIDE / Math.max(el.videoWidth, el.videoHeight))
        canvas.width = Math.round(el.videoWidth * k)
        canvas.height = Math.round(el.videoHeight * k)
        const ctx = canvas.getContext('2d', { willReadFrequently: true })
        if (ctx === null) return
        ctx.drawImage(el, 0, 0, canvas.width, canvas.height)
        const text = decodeQr(ctx.getImageData(0, 0, canvas.width, canvas.height))
        if (text !== null && live) {
          live = false
          window.clearInterval(timer)
          stopVideo(stream)
          onResult(text)
        }
      }, EVERY_MS)
    }, () => { if (live) setState('failed') })
    return () => { live = false; window.clearInterval(timer); stopVideo(stream) }
  }, [])
  return (
    <View className='card scan-view'>
      <video ref={video} className='scan-view__video' data-testid='scan-video' autoPlay muted playsInline aria-label={TT.scanHint} />
      <View className={state === 'failed' ? 'error-text' : 'muted'} data-testid='scan-state' aria-live='polite'>
        {state === 'starting' ? TT.scanCamera : state === 'failed' ? TT.scanNoCamera : TT.scanHint}
      </View>
    </View>
  )
}
