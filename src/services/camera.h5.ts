/**
 * h5: the browser camera (getUserMedia; the local preview runs on 127.0.0.1, a secure context)
 * and the album as a file picker. Taro's <Camera> and createCameraContext do not exist on h5.
 */
import type { RgbaFrame, Size } from '../core/image'
import type { CameraControl, Shot } from './camera'

export type { CameraControl, Shot } from './camera'

/** Starts the back camera on `video`; resolves once frames flow. */
export async function startVideo(video: HTMLVideoElement): Promise<MediaStream> {
  if (navigator.mediaDevices?.getUserMedia === undefined) throw new Error('getUserMedia unsupported')
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1440 } }
  })
  video.srcObject = stream
  video.muted = true
  video.setAttribute('playsinline', 'true')
  await video.play()
  return stream
}

export function stopVideo(stream: MediaStream | null): void {
  for (const t of stream?.getTracks() ?? []) t.stop()
}

function snapshot(video: HTMLVideoElement): Promise<Shot> {
  const canvas = document.createElement('canvas')
  canvas.width = video.videoWidth
  canvas.height = video.videoHeight
  const ctx = canvas.getContext('2d')
  if (ctx === null || canvas.width === 0) return Promise.reject(new Error('camera not ready'))
  ctx.drawImage(video, 0, 0)
  // Lossless hand-over to the pipeline, which does the one lossy encode.
  return new Promise((resolve, reject) => canvas.toBlob((b) => {
    if (b === null) reject(new Error('snapshot failed'))
    else resolve({ path: URL.createObjectURL(b), width: canvas.width, height: canvas.height })
  }, 'image/png'))
}

/** Small frames for the live check (the core measures on ≤ 320 px anyway). */
function grabFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): RgbaFrame | null {
  if (video.videoWidth === 0) return null
  const k = Math.min(1, 320 / Math.max(video.videoWidth, video.videoHeight))
  canvas.width = Math.round(video.videoWidth * k)
  canvas.height = Math.round(video.videoHeight * k)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (ctx === null) return null
  ctx.drawImage(video, 0, 0, canvas.width, canvas.height)
  const d = ctx.getImageData(0, 0, canvas.width, canvas.height)
  return { width: d.width, height: d.height, data: d.data }
}

export function videoControl(video: HTMLVideoElement): CameraControl {
  return {
    take: () => snapshot(video),
    watchFrames(onFrame, everyMs) {
      const canvas = document.createElement('canvas')
      const timer = window.setInterval(() => {
        const f = grabFrame(video, canvas)
        if (f !== null) onFrame(f)
      }, everyMs)
      return () => window.clearInterval(timer)
    }
  }
}

/** weapp-only API; h5 builds use videoControl on their own <video>. */
export function cameraControl(): CameraControl {
  throw new Error('cameraControl is weapp-only; use videoControl on h5')
}

export function pickFromAlbum(): Promise<Shot | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/jpeg,image/png,image/webp'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      resolve(file ? { path: URL.createObjectURL(file) } : null)
    }
    document.body.appendChild(input)
    input.click()
  })
}

export function requirePrivacyAuthorize(): Promise<boolean> {
  return Promise.resolve(true)
}

export function openCameraSettings(): void {
  /* the browser asks for the camera itself */
}

export function windowSize(): Size {
  return { width: window.innerWidth, height: window.innerHeight }
}
