import { useEffect } from 'react'
import { Camera } from '@tarojs/components'
import type { RgbaFrame, Size } from '../../core/image'
import { cameraControl, type CameraControl } from '../../services/camera'

export interface CameraViewProps {
  size: Size
  /** How often the live quality check looks at a frame. */
  frameEveryMs: number
  onReady: (control: CameraControl) => void
  onFrame: (frame: RgbaFrame) => void
  onError: () => void
}

/** weapp: WeChat's <camera> (one per page), its context for photos and live frames. */
export function CameraView({ size, frameEveryMs, onReady, onFrame, onError }: CameraViewProps) {
  useEffect(() => {
    const control = cameraControl()
    onReady(control)
    return control.watchFrames(onFrame, frameEveryMs)
    // Created once per mount: the screen passes stable callbacks.
  }, [])
  return (
    <Camera
      className='capture-camera'
      devicePosition='back'
      flash='off'
      frameSize='medium'
      resolution='high'
      style={{ width: `${size.width}px`, height: `${size.height}px` }}
      // Only `error` means no camera (permission refused or none present). `stop` also fires when
      // WeChat goes to the background, and the camera comes back by itself when the page shows again.
      onError={onError}
    />
  )
}
