/**
 * What the server stores for every uploaded photo, whatever sent it (our camera, an album
 * picture, the h5 preview, a modified client): the upload's structure is checked without
 * decoding (services/image/inspect.ts: JPEG/PNG only, header dimensions and pixel cap,
 * nothing after EOI/IEND, no markup in metadata), then the pixels are decoded, turned upright
 * (EXIF orientation), flattened onto white, scaled to ≤ 2000 px, watermarked when the kind is
 * an ID card side, and encoded as a fresh JPEG ≤ 400 KB. Nothing of the original file travels
 * on: no EXIF (GPS included), no comments, no trailing bytes — only pixels are copied.
 *
 * Pure apart from CPU: bytes in, bytes out. Loaded lazily (jpeg-js, pngjs and the glyph outlines
 * stay out of a function's cold start) by the ingest action; the OCR bench feeds its generated
 * ID cards through `ingestPhoto` to read exactly what the server keeps.
 */
import { createHash } from 'node:crypto'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import {
  JPEG_QUALITY_STEPS,
  LONG_SIDE_STEPS,
  MAX_UPLOAD_PIXELS,
  STORED_PHOTO,
  fitLongSide,
  localDate,
  needsWatermark,
  searchJpegQuality,
  watermarkLayout,
  watermarkLine,
  type CaptureKind,
  type JurisdictionConfig,
  type UploadImageType
} from '../core'
import { ImageRejected, inspectImage, type ImageFacts } from './image/inspect'
import { extendBottom, flattenOnWhite, orient, resizeArea, type Bitmap } from './image/raster'
import { drawText, emWidth, missingGlyphs, type GlyphSet } from './image/text'
import { WATERMARK_GLYPHS } from './image/glyphs.generated'

export { ImageRejected } from './image/inspect'

export interface IngestedPhoto {
  /** The stored JPEG. */
  bytes: Buffer
  contentType: 'image/jpeg'
  width: number
  height: number
  quality: number
  /** Hex SHA-256 of `bytes`: the stored file's name. */
  sha256: string
  watermark: string | null
  /** What was uploaded, for the audit and the bench. */
  source: { type: UploadImageType, width: number, height: number, bytes: number, orientation: number, metadata: ImageFacts['metadata'] }
  /** JPEG encodes tried, as [longSide, quality, bytes]. */
  attempts: Array<[number, number, number]>
}

export interface IngestOptions {
  /** Glyph outlines for the watermark (tests pass their own set to prove no system font is used). */
  glyphs?: GlyphSet
  /** Override the stored size budget (bench). */
  maxBytes?: number
}

/**
 * Where the server's quality search starts: one step above the quality the phone already chose
 * (read from the upload's quantisation table), at most 0.86. Re-encoding a compressed photo at a
 * higher quality only preserves its artefacts at more bytes, and every jpeg-js encode of a 2000 px
 * picture costs a few hundred milliseconds.
 */
export function serverQualities(uploadQuality: number | null): readonly number[] {
  const top = Math.min(0.86, (uploadQuality ?? 1) + 0.06)
  const steps = JPEG_QUALITY_STEPS.filter((q) => q <= top + 1e-9)
  return steps.length > 0 ? steps : [JPEG_QUALITY_STEPS[JPEG_QUALITY_STEPS.length - 1]]
}

function decode(bytes: Uint8Array, facts: ImageFacts): Bitmap {
  if (facts.type === 'image/jpeg') {
    const img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_UPLOAD_PIXELS / 1_000_000,
      maxMemoryUsageInMB: 512
    })
    return { width: img.width, height: img.height, data: img.data }
  }
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) }
}

/** The watermark the server draws: band below the photo, light overlay on it (core's layout). */
export function applyWatermark(photo: Bitmap, text: string, glyphs: GlyphSet = WATERMARK_GLYPHS): Bitmap {
  const missing = missingGlyphs(glyphs, text.replace(/ /g, ''))
  if (missing.length > 0) throw new Error(`watermark glyphs missing for ${missing.join('')}: run node scripts/generate-watermark-glyphs.mjs`)
  const layout = watermarkLayout(photo.width, photo.height, text, emWidth(glyphs, text))
  const out = extendBottom(photo, layout.band.height, layout.band.background) // a copy: `photo` stays clean
  const o = layout.overlay
  const cx = photo.width / 2
  const cy = photo.height / 2
  const cos = Math.cos(o.angle)
  const sin = Math.sin(o.angle)
  const onPhoto = { ...out, height: photo.height } // the overlay never spills into the band
  for (const p of o.positions) {
    drawText(onPhoto, glyphs, text, o.fontPx, cx + p.x * cos - p.y * sin, cy + p.x * sin + p.y * cos, o.color, o.angle)
  }
  drawText(out, glyphs, text, layout.band.fontPx, layout.band.centerX, layout.band.centerY, layout.band.color)
  return out
}

export async function ingestPhoto(input: Uint8Array, kind: CaptureKind, config: JurisdictionConfig, now: Date, opts: IngestOptions = {}): Promise<IngestedPhoto> {
  const facts = inspectImage(input)
  let decoded: Bitmap
  try {
    decoded = decode(input, facts)
  } catch (e) {
    throw new ImageRejected('malformed', e instanceof Error ? e.message : String(e))
  }
  if (decoded.width !== facts.width || decoded.height !== facts.height) throw new ImageRejected('malformed', 'decoded size differs from the header')
  const upright = flattenOnWhite(orient(decoded, facts.orientation))
  const watermark = needsWatermark(kind) ? watermarkLine(config, localDate(now, config.timezone)) : null
  let drawnAt = 0
  let picture: Bitmap = upright
  const choice = await searchJpegQuality<Buffer>(async (quality, longSide) => {
    if (drawnAt !== longSide) {
      const size = fitLongSide(upright, longSide)
      const scaled = resizeArea(upright, size.width, size.height)
      picture = watermark === null ? scaled : applyWatermark(scaled, watermark, opts.glyphs)
      drawnAt = longSide
    }
    const out = jpeg.encode({ width: picture.width, height: picture.height, data: picture.data }, Math.round(quality * 100))
    return { bytes: out.data.length, value: out.data }
  }, { maxBytes: opts.maxBytes ?? STORED_PHOTO.maxBytes, qualities: serverQualities(facts.quality), longSides: LONG_SIDE_STEPS.filter((s) => s <= STORED_PHOTO.longSide) })
  return {
    bytes: choice.value,
    contentType: 'image/jpeg',
    width: picture.width,
    height: picture.height,
    quality: choice.quality,
    sha256: createHash('sha256').update(choice.value).digest('hex'),
    watermark,
    source: { type: facts.type, width: facts.width, height: facts.height, bytes: input.length, orientation: facts.orientation, metadata: facts.metadata },
    attempts: choice.attempts
  }
}
