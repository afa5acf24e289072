/**
 * The watermark on ID photos, applied by the server to what it stores (and shown by the client
 * preview with the same layout): "仅供<office>账号备案使用 <date>".
 *
 * Why this shape: the first design (dense, dark-outlined diagonal text across the whole card)
 * let an OCR engine read only 2 of 15 fields of generated ID cards — the number never. This one
 * marks the copy's purpose twice without covering the print:
 * - a **band** added below the photo, where the purpose is written in full, dark on light, so a
 *   person reads it at a glance and it never touches the card;
 * - a **light overlay**: the same line, sparse (rows 7 font sizes apart), small and mid-grey at
 *   14 % opacity, without an outline. It moves a dark glyph by a few grey levels and paper by
 *   about 20, so the card's text keeps its contrast for people and machines, yet a copy with
 *   the band cut off still shows what it was made for.
 * The layout is computed here; each platform only draws text at the positions given.
 */
import type { DocumentKind } from '../schemas/documents'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { watermarkFor } from '../jurisdiction/schema'

/** Kinds that carry a watermark: the ID card sides (sensitive personal information). */
export const WATERMARKED_KINDS: readonly DocumentKind[] = ['id_front', 'id_back']

/** Any kind the capture page takes (documents and supervision photos); only ID sides are watermarked. */
export function needsWatermark(kind: string): boolean {
  return (WATERMARKED_KINDS as readonly string[]).includes(kind)
}

/** '仅供开平市互联网信息办公室账号备案使用 2024-01-05'; `date` is the local date (Asia/Shanghai). */
export function watermarkLine(config: JurisdictionConfig, date: string): string {
  return `${watermarkFor(config)} ${date}`
}

/** A colour with opacity 0…1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

export function cssRgba(c: Rgba): string {
  return `rgba(${c.r}, ${c.g}, ${c.b}, ${c.a})`
}

/** The look, defined once. Band text on band background: contrast ratio about 10:1. */
export const WATERMARK_STYLE = {
  bandBackground: { r: 245, g: 246, b: 247, a: 1 } as Rgba,
  bandText: { r: 60, g: 64, b: 67, a: 1 } as Rgba,
  overlayText: { r: 110, g: 110, b: 110, a: 0.14 } as Rgba,
  /** Band height as a share of the photo's width, within [min, max] px. */
  bandShare: 0.06,
  bandMinPx: 28,
  bandMaxPx: 120,
  /** Band text size as a share of the band's height; shrunk further when the line is too long. */
  bandFontShare: 0.5,
  /** Share of the width the band's text may use. */
  bandTextWidthShare: 0.92,
  /** Overlay text size as a share of the photo's shorter side (at least overlayMinFontPx). */
  overlayFontShare: 0.035,
  overlayMinFontPx: 12,
  /** Overlay rows are this many font sizes apart; repeats in a row leave this many font sizes between them. */
  overlayRowStep: 7,
  overlayGap: 5,
  /** Rotation (radians) around the photo's centre: rising to the right. */
  overlayAngle: -Math.PI / 6
} as const

export interface WatermarkLayout {
  text: string
  /** Size of the stored picture: the photo plus the band below it. */
  width: number
  height: number
  photoHeight: number
  band: {
    /** Top edge of the band (= photoHeight) and its height. */
    y: number
    height: number
    fontPx: number
    /** Centre of the text line, in picture pixels. */
    centerX: number
    centerY: number
    background: Rgba
    color: Rgba
  }
  overlay: {
    fontPx: number
    angle: number
    color: Rgba
    /** Centres of each repeat, in the rotated frame whose origin is the photo's centre. */
    positions: Array<{ x: number, y: number }>
  }
}

/** Width of `text` in `fontPx`: CJK and full-width characters are 1 em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0
  for (const ch of text) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6
  return em * fontPx
}

/**
 * Layout for a `width` × `photoHeight` photo. `emWidth` is the line's width at a 1 px font as the
 * caller's renderer measures it (canvas measureText, or the server's glyph advances); without it
 * an estimate is used.
 */
export function watermarkLayout(width: number, photoHeight: number, text: string, emWidth?: number): WatermarkLayout {
  const s = WATERMARK_STYLE
  const em = emWidth ?? estimateTextWidth(text, 1)
  const bandHeight = Math.round(Math.min(s.bandMaxPx, Math.max(s.bandMinPx, width * s.bandShare)))
  const bandFont = Math.max(8, Math.floor(Math.min(bandHeight * s.bandFontShare, em > 0 ? (width * s.bandTextWidthShare) / em : Infinity)))
  const overlayFont = Math.max(s.overlayMinFontPx, Math.round(Math.min(width, photoHeight) * s.overlayFontShare))
  const stepX = em * overlayFont + overlayFont * s.overlayGap
  const stepY = overlayFont * s.overlayRowStep
  const half = Math.ceil(Math.hypot(width, photoHeight) / 2)
  const positions: Array<{ x: number, y: number }> = []
  let row = 0
  for (let y = -half; y <= half + stepY; y += stepY, row++) {
    // Alternate rows shift by half a step, so no column of the photo stays unmarked.
    const shift = row % 2 === 0 ? 0 : stepX / 2
    for (let x = -half - stepX + shift; x <= half + stepX; x += stepX) positions.push({ x: Math.round(x), y: Math.round(y) })
  }
  return {
    text,
    width,
    height: photoHeight + bandHeight,
    photoHeight,
    band: {
      y: photoHeight,
      height: bandHeight,
      fontPx: bandFont,
      centerX: width / 2,
      centerY: photoHeight + bandHeight / 2,
      background: s.bandBackground,
      color: s.bandText
    },
    overlay: { fontPx: overlayFont, angle: s.overlayAngle, color: s.overlayText, positions }
  }
}
