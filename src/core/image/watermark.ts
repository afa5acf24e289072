/**
 * The watermark on ID photos: "仅供<office>账号备案使用 <date>", diagonal, repeated and
 * semi-transparent across the whole picture, so a leaked copy cannot be reused elsewhere. The
 * layout is computed here; each platform only draws the text at the positions given.
 */
import type { DocumentKind } from '../schemas/documents'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { watermarkFor } from '../jurisdiction/schema'

/** Kinds that carry a watermark: the ID card sides (sensitive personal information). */
export const WATERMARKED_KINDS: readonly DocumentKind[] = ['id_front', 'id_back']

export function needsWatermark(kind: DocumentKind): boolean {
  return WATERMARKED_KINDS.includes(kind)
}

/** '仅供开平市互联网信息办公室账号备案使用 2024-01-05'; `date` is the local date (Asia/Shanghai). */
export function watermarkLine(config: JurisdictionConfig, date: string): string {
  return `${watermarkFor(config)} ${date}`
}

export interface WatermarkLayout {
  text: string
  fontPx: number
  /** Rotation in radians around the picture's centre (negative = rising to the right). */
  angle: number
  fill: string
  /** A darker outline keeps the text visible on white paper as well as on a dark card. */
  stroke: string
  strokeWidth: number
  /** Baseline-centre positions in the rotated frame whose origin is the picture's centre. */
  positions: Array<{ x: number, y: number }>
}

/** Width of `text` in `fontPx`: CJK and full-width characters are 1 em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0
  for (const ch of text) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6
  return em * fontPx
}

/**
 * Rows of the text across a square of the picture's diagonal (so the rotated rows cover every
 * corner), alternate rows shifted by half a step so no column of clean picture remains.
 */
export function watermarkLayout(width: number, height: number, text: string, textWidth?: number): WatermarkLayout {
  const fontPx = Math.max(14, Math.round(Math.min(width, height) * 0.045))
  const w = textWidth ?? estimateTextWidth(text, fontPx)
  const stepX = w + fontPx * 3
  const stepY = fontPx * 4.5
  const half = Math.ceil(Math.hypot(width, height) / 2)
  const positions: Array<{ x: number, y: number }> = []
  let row = 0
  for (let y = -half; y <= half + stepY; y += stepY, row++) {
    const shift = row % 2 === 0 ? 0 : stepX / 2
    for (let x = -half - stepX + shift; x <= half + stepX; x += stepX) positions.push({ x: Math.round(x), y: Math.round(y) })
  }
  return {
    text,
    fontPx,
    angle: -Math.PI / 6,
    fill: 'rgba(255, 255, 255, 0.42)',
    stroke: 'rgba(60, 60, 60, 0.35)',
    strokeWidth: Math.max(1, Math.round(fontPx / 14)),
    positions
  }
}
