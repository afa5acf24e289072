import { useEffect, useRef } from 'react'
import { startVideo, stopVideo, videoControl } from '../../services/camera.h5'
import type { CameraViewProps } from './CameraView'

export type { CameraViewProps } from './CameraView'

/**
 * h5: Taro has no <Camera> here, so a <video> on getUserMedia, scaled to cover the view like
 * WeChat's camera does (the crop math in core assumes "cover").
 */
export function CameraView({ size, frameEveryMs, onReady, onFrame, onError }: CameraViewProps) {
  const video = useRef<HTMLVideoElement | null>(null)
  useEffect(() => {
    let stream: MediaStream | null = null
    let stopFrames: () => void = () => undefined
    let live = true
    const el = video.current
    if (el === null) return
    startVideo(el).then((s) => {
      if (!live) { stopVideo(s); return }
      stream = s
      const control = videoControl(el)
      onReady(control)
      stopFrames = control.watchFrames(onFrame, frameEveryMs)
    }, () => { if (live) onError() })
    return () => { live = false; stopFrames(); stopVideo(stream) }
  }, [])
  return (
    <video
      ref={video}
      className='capture-camera'
      data-testid='capture-video'
      autoPlay
      muted
      playsInline
      style={{ width: `${size.width}px`, height: `${size.height}px`, objectFit: 'cover', display: 'block', background: '#000' }}
    />
  )
}
