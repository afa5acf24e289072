/**
 * The server's image pipeline in isolation (services/image-ingest.ts and services/image/*):
 * header inspection, the outline rasteriser and the watermark, drawn from glyph outlines only —
 * no font engine and no system font is involved, so these results are the same on any machine
 * and in the cloud runtime, which has no CJK fonts.
 */
import { kaipingConfig, watermarkLayout, watermarkLine, STORED_PHOTO } from '../../backend/core'
import { ImageRejected, inspectImage } from '../../backend/services/image/inspect'
import { applyWatermark, ingestPhoto, serverQualities } from '../../backend/services/image-ingest'
import { WATERMARK_GLYPHS } from '../../backend/services/image/glyphs.generated'
import { blank, resizeArea, orient } from '../../backend/services/image/raster'
import { emWidth, missingGlyphs, rasterize, type GlyphSet } from '../../backend/services/image/text'
import { photoJpeg } from './support/factories'
import { jpeg } from './support/images'

const NOW = new Date('2024-03-04T02:00:00.000Z')

describe('outline rasteriser', () => {
  it('when a 10×10 square is rasterised, then inside pixels are fully covered, outside empty, and a half-covered edge is 0.5', () => {
    const square = [[[2, 2], [12, 2], [12, 12], [2, 12]] as Array<[number, number]>]
    const cov = rasterize(square, 0, 0, 16, 16)
    const at = (x: number, y: number) => cov[y * 16 + x]
    expect(at(5, 5)).toBeCloseTo(1, 5)
    expect(at(0, 0)).toBe(0)
    expect(at(13, 5)).toBe(0)
    const half = rasterize([[[2.5, 2], [12, 2], [12, 12], [2.5, 12]]], 0, 0, 16, 16)
    expect(half[5 * 16 + 2]).toBeCloseTo(0.5, 5)
    expect(cov.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3) // area is exact
  })

  it('when a square has a hole wound the other way, then the hole stays empty (non-zero rule)', () => {
    const cov = rasterize([[[0, 0], [10, 0], [10, 10], [0, 10]], [[3, 3], [3, 7], [7, 7], [7, 3]]], 0, 0, 12, 12)
    expect(cov[5 * 12 + 5]).toBeCloseTo(0, 5)
    expect(cov[1 * 12 + 1]).toBeCloseTo(1, 5)
  })
})

describe('watermark drawn from outlines, without any font', () => {
  // A made-up font: every character is a full-em square. Whatever a system has installed, the
  // pixels below come only from these outlines.
  const squares: GlyphSet = { unitsPerEm: 100, glyphs: { A: { a: 100, p: 'M0 -12L100 -12L100 88L0 88Z' }, B: { a: 100, p: 'M0 -12L100 -12L100 88L0 88Z' } } }

  it('when the line "AB" is stamped with square glyphs, then the band holds two dark squares exactly where the layout centres them', () => {
    const photo = blank(400, 200)
    photo.data.fill(255)
    const out = applyWatermark(photo, 'AB', squares)
    const layout = watermarkLayout(400, 200, 'AB', emWidth(squares, 'AB'))
    expect([out.width, out.height]).toEqual([400, layout.height])
    const px = (x: number, y: number) => out.data[(y * out.width + x) * 4]
    const f = layout.band.fontPx
    const cy = Math.round(layout.band.centerY)
    // Inside the left square, inside the right one, and clear band beyond both.
    expect(px(Math.round(200 - f / 2), cy)).toBe(layout.band.color.r)
    expect(px(Math.round(200 + f / 2), cy)).toBe(layout.band.color.r)
    expect(px(Math.round(200 - f - 4), cy)).toBe(layout.band.background.r)
    expect(px(Math.round(200 + f + 4), cy)).toBe(layout.band.background.r)
    // The photo above got the light overlay: some pixels dimmed, none darker than the overlay allows.
    const photoPixels = Array.from({ length: 400 * 200 }, (_, i) => out.data[i * 4])
    const min = Math.min(...photoPixels)
    expect(min).toBeLessThan(255)
    expect(min).toBeGreaterThanOrEqual(Math.floor(255 - (255 - layout.overlay.color.r) * layout.overlay.color.a) - 1)
  })

  it('when a character has no outline, then the watermark refuses to draw rather than leave a gap', () => {
    expect(() => applyWatermark(blank(100, 100), 'AZ', squares)).toThrow(/glyphs missing for Z/)
  })

  it('when the shipped outlines are asked for Kaiping\'s watermark line on any date, then every character is there', () => {
    for (const date of ['2024-01-05', '2026-12-31', '2039-08-17']) expect(missingGlyphs(WATERMARK_GLYPHS, watermarkLine(kaipingConfig, date).replace(/ /g, ''))).toEqual([])
  })
})

describe('header inspection', () => {
  it('when a JPEG or PNG is inspected, then its size comes from the header', () => {
    expect(inspectImage(photoJpeg(321, 123))).toMatchObject({ type: 'image/jpeg', width: 321, height: 123, orientation: 1 })
  })

  it.each([0.92, 0.62, 0.5, 0.3])('when a JPEG was encoded at quality %s, then its quantisation table tells, and the server\'s search starts one step above it', (q) => {
    const data = Buffer.alloc(64 * 64 * 4, 128)
    const facts = inspectImage(jpeg.encode({ width: 64, height: 64, data }, Math.round(q * 100)).data)
    expect(facts.quality).toBeCloseTo(q, 2)
    const steps = serverQualities(facts.quality)
    expect(steps[0]).toBeLessThanOrEqual(Math.max(0.5, Math.min(0.86, q + 0.06)) + 1e-9) // never below the legible floor
    expect(steps[steps.length - 1]).toBe(0.5)
  })

  it.each([
    ['text', 'not_image', Buffer.from('hello world, not an image')],
    ['a GIF', 'not_image', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['an empty JPEG', 'malformed', Buffer.from([0xff, 0xd8, 0xff, 0xd9])]
  ])('when %s is inspected, then it is refused as %s', (_l, reason, bytes) => {
    expect(() => inspectImage(bytes)).toThrow(expect.objectContaining({ reason }))
    expect(() => inspectImage(bytes)).toThrow(ImageRejected)
  })
})

describe('ingestPhoto (the entry the OCR bench uses)', () => {
  it('when a large noisy photo is ingested, then the stored JPEG has a long side ≤ 2000 px and ≤ 400 KB', async () => {
    const w = 2400
    const h = 1600
    const data = Buffer.alloc(w * h * 4)
    let seed = 7
    for (let i = 0; i < w * h; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const v = 150 + (seed % 60)
      data[i * 4] = v; data[i * 4 + 1] = v; data[i * 4 + 2] = v; data[i * 4 + 3] = 255
    }
    const source = jpeg.encode({ width: w, height: h, data }, 95).data
    const out = await ingestPhoto(source, 'id_front', kaipingConfig, NOW)
    const photoHeight = Math.round(STORED_PHOTO.longSide * h / w)
    expect(out.width).toBe(STORED_PHOTO.longSide)
    expect(out.height).toBe(watermarkLayout(out.width, photoHeight, out.watermark!, emWidth(WATERMARK_GLYPHS, out.watermark!)).height)
    expect(out.bytes.length).toBeLessThanOrEqual(STORED_PHOTO.maxBytes)
    expect(out.watermark).toBe(watermarkLine(kaipingConfig, '2024-03-04'))
    expect(inspectImage(out.bytes)).toMatchObject({ width: out.width, height: out.height })
  }, 60_000)

  it('when pixels are rotated and resized, then orientation 6 turns them clockwise and area resizing keeps the mean', () => {
    const img = blank(3, 2)
    img.data.set([1, 0, 0, 255, 2, 0, 0, 255, 3, 0, 0, 255, 4, 0, 0, 255, 5, 0, 0, 255, 6, 0, 0, 255])
    const r = orient(img, 6)
    expect([r.width, r.height]).toEqual([2, 3])
    expect([r.data[0], r.data[4]]).toEqual([4, 1]) // top row: bottom-left, top-left of the source
    const big = blank(4, 4)
    for (let i = 0; i < 16; i++) big.data[i * 4] = i % 2 === 0 ? 0 : 200
    expect(resizeArea(big, 2, 2).data[0]).toBe(100)
  })
})
