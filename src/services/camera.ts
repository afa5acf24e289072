/**
 * weapp camera and album: typed promise helpers over WeChat's callback APIs. The live preview
 * itself is the <camera> component (features/capture/CameraView.tsx); this wraps its context.
 */
import Taro from '@tarojs/taro'
import type { RgbaFrame, Size } from '../core/image'

export interface Shot {
  /** Local temp path of the full-size photo. */
  path: string
  width?: number
  height?: number
}

export interface CameraControl {
  take(): Promise<Shot>
  /** Hands over at most one frame every `everyMs`; returns a function that stops the frames. */
  watchFrames(onFrame: (frame: RgbaFrame) => void, everyMs: number): () => void
}

interface FrameListener { start(o?: object): void, stop(o?: object): void }

export function cameraControl(): CameraControl {
  const ctx = Taro.createCameraContext()
  return {
    take: () => new Promise<Shot>((resolve, reject) => {
      ctx.takePhoto({
        quality: 'high',
        success: (r) => resolve({ path: r.tempImagePath }),
        fail: (e) => reject(new Error(e?.errMsg ?? 'takePhoto failed'))
      })
    }),
    watchFrames(onFrame, everyMs) {
      if (typeof ctx.onCameraFrame !== 'function') return () => undefined
      let last = 0
      // Frames arrive at the camera's frame rate; analysing each would make the preview stutter.
      const listener = ctx.onCameraFrame((f) => {
        const now = Date.now()
        if (now - last < everyMs) return
        last = now
        onFrame({ width: f.width, height: f.height, data: new Uint8Array(f.data) })
      }) as unknown as FrameListener | undefined
      listener?.start()
      return () => { try { listener?.stop() } catch { /* already stopped */ } }
    }
  }
}

/** One picture from the album, or null when the user cancels. */
export function pickFromAlbum(): Promise<Shot | null> {
  return new Promise((resolve) => {
    Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album'],
      sizeType: ['original'],
      success: (r) => resolve(r.tempFiles[0] ? { path: r.tempFiles[0].tempFilePath, width: r.tempFiles[0].width, height: r.tempFiles[0].height } : null),
      fail: () => resolve(null)
    })
  })
}

/**
 * WeChat's own privacy-guide consent (用户隐私保护指引), on base libraries that have it: resolves
 * true when the user agreed or nothing needs agreeing, false when they declined.
 */
export function requirePrivacyAuthorize(): Promise<boolean> {
  const api = (Taro as unknown as { requirePrivacyAuthorize?: (o: { success: () => void, fail: () => void }) => void }).requirePrivacyAuthorize
  if (typeof api !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    try {
      api({ success: () => resolve(true), fail: () => resolve(false) })
    } catch {
      resolve(true)
    }
  })
}

/** Opens the settings page where a refused camera permission can be turned back on. */
export function openCameraSettings(): void {
  void Taro.openSetting({}).catch(() => undefined)
}

export function windowSize(): Size {
  try {
    const info = Taro.getSystemInfoSync()
    return { width: info.windowWidth, height: info.windowHeight }
  } catch {
    return { width: 375, height: 667 }
  }
}
