/**
 * Live photo quality: is the picture sharp, bright enough and free of glare? Applicants' most
 * common complaint is a photo rejected days later for blur or reflections, so the camera tells
 * them what to fix before they shoot.
 */
import { toGray, type GrayImage, type Rect, type RgbaFrame, ANALYSIS_LONG_SIDE } from './pixels'

export interface QualityThresholds {
  /** Mean luma below this reads as too dark. */
  minBrightness: number
  /** Mean luma above this reads as washed out. */
  maxBrightness: number
  /** Luma at or above this counts as a clipped highlight. */
  clippedLuma: number
  /** Share of clipped pixels from which a reflection is reported. */
  maxGlareShare: number
  /** Variance of the Laplacian (on the 320 px copy) below this reads as blurred. */
  minSharpness: number
}

/**
 * Tuned on 320 px copies: printed text and ID card edges score in the hundreds, a shaken or
 * out-of-focus shot well under 60; a paper document under office light has a mean luma of
 * 120–200, a reflection is a patch of clipped pixels.
 */
export const QUALITY_THRESHOLDS: Readonly<QualityThresholds> = {
  minBrightness: 60,
  maxBrightness: 230,
  clippedLuma: 250,
  maxGlareShare: 0.02,
  minSharpness: 60
}

export type QualityVerdict = 'ok' | 'dark' | 'bright' | 'glare' | 'blurry'

export const QUALITY_HINTS: Readonly<Record<QualityVerdict, string>> = {
  ok: '画面清晰，可以拍摄',
  dark: '光线太暗，请到明亮处',
  bright: '光线太强，请避开直射的灯光或阳光',
  glare: '有反光，请调整角度',
  blurry: '画面模糊，请保持手机稳定'
}

export interface QualityReport {
  sharpness: number
  brightness: number
  /** Share 0…1 of clipped highlights. */
  glare: number
  verdict: QualityVerdict
  hint: string
}

/** Variance of the 4-neighbour Laplacian: high when edges are crisp, low when blurred. */
export function sharpness(gray: GrayImage): number {
  const { width: w, height: h, data } = gray
  if (w < 3 || h < 3) return 0
  let sum = 0
  let sumSq = 0
  let n = 0
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const l = 4 * data[i] - data[i - 1] - data[i + 1] - data[i - w] - data[i + w]
      sum += l
      sumSq += l * l
      n++
    }
  }
  const mean = sum / n
  return sumSq / n - mean * mean
}

/** Mean luma 0…255. */
export function brightness(gray: GrayImage): number {
  let sum = 0
  for (let i = 0; i < gray.data.length; i++) sum += gray.data[i]
  return gray.data.length === 0 ? 0 : sum / gray.data.length
}

/** Share 0…1 of pixels at or above `clippedLuma`. */
export function glare(gray: GrayImage, clippedLuma = QUALITY_THRESHOLDS.clippedLuma): number {
  let n = 0
  for (let i = 0; i < gray.data.length; i++) if (gray.data[i] >= clippedLuma) n++
  return gray.data.length === 0 ? 0 : n / gray.data.length
}

/**
 * The one thing to fix first: light before glare before blur, because a dark or washed-out
 * frame also measures as blurred and the person should hear the cause, not the symptom.
 */
export function verdictOf(m: { sharpness: number, brightness: number, glare: number }, t: QualityThresholds = QUALITY_THRESHOLDS): QualityVerdict {
  if (m.brightness < t.minBrightness) return 'dark'
  if (m.brightness > t.maxBrightness) return 'bright'
  if (m.glare > t.maxGlareShare) return 'glare'
  if (m.sharpness < t.minSharpness) return 'blurry'
  return 'ok'
}

export function assessGray(gray: GrayImage, t: QualityThresholds = QUALITY_THRESHOLDS): QualityReport {
  const m = { sharpness: sharpness(gray), brightness: brightness(gray), glare: glare(gray, t.clippedLuma) }
  const verdict = verdictOf(m, t)
  return { ...m, verdict, hint: QUALITY_HINTS[verdict] }
}

/** Quality of one camera frame (or of `region`, e.g. the framing guide's area). */
export function assessFrame(frame: RgbaFrame, region?: Rect, t: QualityThresholds = QUALITY_THRESHOLDS): QualityReport {
  return assessGray(toGray(frame, ANALYSIS_LONG_SIDE, region), t)
}
