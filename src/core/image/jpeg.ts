/**
 * Choosing the JPEG quality of a document photo: the largest quality whose file fits the size
 * budget, searched from high to low, so text stays as legible as the budget allows. Below
 * `MIN_LEGIBLE_QUALITY` block artefacts eat small print, so the search shrinks the picture
 * (next long side) instead of lowering quality further.
 */

export const MAX_PHOTO_BYTES = 400 * 1024
export const JPEG_QUALITY_STEPS: readonly number[] = [0.92, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5]
export const MIN_LEGIBLE_QUALITY = 0.5
/** Long sides tried in turn when even the lowest legible quality is too large. */
export const LONG_SIDE_STEPS: readonly number[] = [2000, 1600, 1280, 1024]

export interface Encoded<T> {
  bytes: number
  /** Whatever the encoder produced (a blob, a temp file path…). */
  value: T
}

export interface QualityChoice<T> extends Encoded<T> {
  quality: number
  longSide: number
  /** Encodes tried, in order, as [longSide, quality, bytes]. */
  attempts: Array<[number, number, number]>
  /** False when even the smallest size at the lowest quality is over budget. */
  fits: boolean
}

export interface QualitySearchOptions {
  maxBytes?: number
  qualities?: readonly number[]
  longSides?: readonly number[]
}

/**
 * Encodes with `encode(quality, longSide)` from the highest quality down and stops at the first
 * result within `maxBytes`. When a result is more than twice the budget, the next step is
 * skipped: JPEG size falls roughly linearly with quality in this range, so one step cannot
 * halve it, and each encode of a 2000 px image costs tens of milliseconds on a phone.
 */
export async function searchJpegQuality<T>(
  encode: (quality: number, longSide: number) => Promise<Encoded<T>>,
  opts: QualitySearchOptions = {}
): Promise<QualityChoice<T>> {
  const maxBytes = opts.maxBytes ?? MAX_PHOTO_BYTES
  const qualities = opts.qualities ?? JPEG_QUALITY_STEPS
  const longSides = opts.longSides ?? LONG_SIDE_STEPS
  const attempts: Array<[number, number, number]> = []
  let last: QualityChoice<T> | null = null
  for (const longSide of longSides) {
    for (let i = 0; i < qualities.length; i++) {
      const quality = qualities[i]
      const out = await encode(quality, longSide)
      attempts.push([longSide, quality, out.bytes])
      last = { ...out, quality, longSide, attempts, fits: out.bytes <= maxBytes }
      if (last.fits) return last
      const isLastStep = i === qualities.length - 1
      if (!isLastStep && out.bytes > 2 * maxBytes && i + 2 < qualities.length) i++
    }
  }
  if (last === null) throw new Error('searchJpegQuality: no quality or size to try')
  return last
}
