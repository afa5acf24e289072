import {
  assessFrame, brightness, cropForGuide, fitLongSide, glare, guideRect, searchJpegQuality, sharpness, toGray,
  viewRectToSource, watermarkLayout, watermarkLine, needsWatermark, QUALITY_HINTS, MAX_PHOTO_BYTES, WATERMARK_STYLE,
  estimateTextWidth, judgeDimensions, type RgbaFrame
} from '../../src/core/image'
import { DOCUMENT_FRAMES } from '../../src/core/schemas/documents'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'

/** A frame whose pixel (x, y) has gray level `f(x, y)`. */
function frame (width: number, height: number, f: (x: number, y: number) => number): RgbaFrame {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = f(x, y)
      const i = (y * width + x) * 4
      data[i] = v; data[i + 1] = v; data[i + 2] = v; data[i + 3] = 255
    }
  }
  return { width, height, data }
}

const checker = (cell: number, lo = 40, hi = 215) => (x: number, y: number) => ((Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 0 ? lo : hi)

/** Separable box blur of radius r, applied twice (close to a Gaussian): what an out-of-focus lens does. */
function blurred (src: RgbaFrame, r: number): RgbaFrame {
  const { width: w, height: h } = src
  let cur = Float32Array.from({ length: w * h }, (_, i) => src.data[i * 4])
  const pass = (horizontal: boolean) => {
    const out = new Float32Array(w * h)
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let s = 0
        for (let d = -r; d <= r; d++) {
          const xx = horizontal ? Math.min(w - 1, Math.max(0, x + d)) : x
          const yy = horizontal ? y : Math.min(h - 1, Math.max(0, y + d))
          s += cur[yy * w + xx]
        }
        out[y * w + x] = s / (2 * r + 1)
      }
    }
    cur = out
  }
  for (let k = 0; k < 2; k++) { pass(true); pass(false) }
  return frame(w, h, (x, y) => cur[y * w + x])
}

describe('photo quality check', () => {
  const sharp = frame(640, 480, checker(8))

  test('when the frame is a crisp checkerboard, then it is sharp and the hint says it can be taken', () => {
    const r = assessFrame(sharp)
    expect(r.verdict).toBe('ok')
    expect(r.hint).toBe('画面清晰，可以拍摄')
    expect(r.sharpness).toBeGreaterThan(1000)
  })

  test('when the same checkerboard is blurred, then it is reported as blurry with the hold-steady hint', () => {
    const r = assessFrame(blurred(frame(320, 240, checker(8)), 6))
    expect(r.sharpness).toBeLessThan(60)
    expect(r.verdict).toBe('blurry')
    expect(r.hint).toBe('画面模糊，请保持手机稳定')
  })

  test('when the frame is dark, then the hint asks for a brighter place (even though it is also flat)', () => {
    const r = assessFrame(frame(320, 240, checker(8, 5, 45)))
    expect(r.brightness).toBeLessThan(60)
    expect(r.verdict).toBe('dark')
    expect(r.hint).toBe('光线太暗，请到明亮处')
  })

  test('when a saturated patch covers part of a sharp document, then it is glare and the hint asks to change the angle', () => {
    const f = frame(640, 480, (x, y) => (x > 200 && x < 330 && y > 150 && y < 260 ? 255 : checker(8)(x, y)))
    const r = assessFrame(f)
    expect(r.glare).toBeGreaterThan(0.02)
    expect(r.verdict).toBe('glare')
    expect(r.hint).toBe(QUALITY_HINTS.glare)
    expect(r.hint).toBe('有反光，请调整角度')
  })

  test('when a picture is washed out overall, then it reads as too bright rather than glare', () => {
    expect(assessFrame(frame(320, 240, checker(8, 225, 252))).verdict).toBe('bright')
  })

  test('when only the guide region is measured, then a glare patch outside it does not count', () => {
    const f = frame(640, 480, (x, y) => (x < 100 ? 255 : checker(8)(x, y)))
    expect(assessFrame(f).verdict).toBe('glare')
    expect(assessFrame(f, { x: 200, y: 100, width: 400, height: 300 }).verdict).toBe('ok')
  })

  test('when the measures are computed on a gray copy, then brightness is the mean and glare the clipped share', () => {
    const g = toGray(frame(100, 100, (x) => (x < 25 ? 255 : 100)), 100)
    expect(brightness(g)).toBeCloseTo(0.25 * 255 + 0.75 * 100, 3)
    expect(glare(g)).toBeCloseTo(0.25, 3)
    expect(sharpness(toGray(frame(50, 50, () => 128)))).toBe(0)
  })

  test('when a 1600 px frame is measured, then the gray copy is at most 320 px on its long side', () => {
    const g = toGray(frame(1600, 1200, checker(40)))
    expect(Math.max(g.width, g.height)).toBeLessThanOrEqual(320)
    expect(g.width).toBe(320)
  })
})

describe('framing guide and crop', () => {
  const view = { width: 375, height: 500 }

  test('when the document is an ID card, then the guide has the card ratio 85.6 × 54 and fits the view width with margins', () => {
    const g = guideRect(view, DOCUMENT_FRAMES.id_front.aspectRatio)
    expect(g.width / g.height).toBeCloseTo(85.6 / 54, 5)
    expect(g.width).toBeCloseTo(375 * 0.88, 5)
    expect(g.y).toBeCloseTo((500 - g.height) / 2, 5)
  })

  test('when the document is a portrait A4 form, then the guide is limited by the view height', () => {
    const g = guideRect({ width: 375, height: 420 }, DOCUMENT_FRAMES.registration_form.aspectRatio)
    expect(g.width / g.height).toBeCloseTo(210 / 297, 5)
    expect(g.height).toBeLessThanOrEqual(420 - 2 * 375 * 0.06 + 1e-9)
    expect(g.x).toBeGreaterThan(375 * 0.06)
  })

  test('when the preview covers the view, then a view rectangle maps to the photo pixels under it', () => {
    // 3000×4000 photo shown on 375×500: scale 0.125, no offset.
    expect(viewRectToSource({ x: 30, y: 100, width: 300, height: 200 }, view, { width: 3000, height: 4000 }))
      .toEqual({ x: 240, y: 800, width: 2400, height: 1600 })
    // 640×480 frame covering 375×500: scale 500/480, cropped at the sides.
    const r = viewRectToSource({ x: 0, y: 0, width: 375, height: 500 }, view, { width: 640, height: 480 })
    expect(r.height).toBeCloseTo(480, 5)
    expect(r.x).toBeCloseTo((640 - 375 * 480 / 500) / 2, 5)
  })

  test('when cropping for the guide, then the crop is the guide plus padding, in whole pixels, inside the photo', () => {
    const g = guideRect(view, DOCUMENT_FRAMES.id_front.aspectRatio)
    const c = cropForGuide(g, view, { width: 3000, height: 4000 })
    expect(c.width / c.height).toBeCloseTo(85.6 / 54, 1)
    expect(c.x).toBeGreaterThanOrEqual(0)
    expect(c.x + c.width).toBeLessThanOrEqual(3000)
    expect(Number.isInteger(c.x) && Number.isInteger(c.width)).toBe(true)
    const full = cropForGuide({ x: -50, y: -50, width: 500, height: 600 }, view, { width: 3000, height: 4000 })
    expect(full).toEqual({ x: 0, y: 0, width: 3000, height: 4000 })
  })

  test('when a photo is larger than 2000 px, then it is scaled down keeping its ratio, and never up', () => {
    expect(fitLongSide({ width: 4000, height: 3000 })).toEqual({ width: 2000, height: 1500 })
    expect(fitLongSide({ width: 1200, height: 3000 })).toEqual({ width: 800, height: 2000 })
    expect(fitLongSide({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 })
  })
})

describe('JPEG quality search', () => {
  /** A size model: bytes grow with quality and area, like a real photo. */
  const sizeOf = (perPixelAtQ1: number) => (q: number, longSide: number) => Math.round(perPixelAtQ1 * longSide * longSide * 0.75 * (0.15 + q * q))

  test('when high quality already fits, then the first quality is kept', async () => {
    const r = await searchJpegQuality(async (q, s) => ({ bytes: sizeOf(0.02)(q, s), value: q }))
    expect(r.quality).toBe(0.92)
    expect(r.longSide).toBe(2000)
    expect(r.attempts).toHaveLength(1)
    expect(r.fits).toBe(true)
  })

  test('when the photo is too large at high quality, then the search goes down and stops at the first size ≤ 400 KB', async () => {
    const size = sizeOf(0.2)
    const r = await searchJpegQuality(async (q, s) => ({ bytes: size(q, s), value: `q${q}` }))
    expect(r.bytes).toBeLessThanOrEqual(MAX_PHOTO_BYTES)
    expect(r.fits).toBe(true)
    // Every quality tried before the chosen one was over budget: the choice is the largest that fits.
    for (const [, , bytes] of r.attempts.slice(0, -1)) expect(bytes).toBeGreaterThan(MAX_PHOTO_BYTES)
    const qs = r.attempts.map((a) => a[1])
    expect([...qs].sort((a, b) => b - a)).toEqual(qs)
    expect(r.value).toBe(`q${r.quality}`)
  })

  test('when even the lowest legible quality is too large, then the picture is made smaller instead of blurrier', async () => {
    const r = await searchJpegQuality(async (q, s) => ({ bytes: sizeOf(0.6)(q, s), value: null }))
    expect(r.longSide).toBeLessThan(2000)
    expect(r.quality).toBeGreaterThanOrEqual(0.5)
    expect(r.bytes).toBeLessThanOrEqual(MAX_PHOTO_BYTES)
  })

  test('when nothing can fit, then the smallest attempt is returned and marked as not fitting', async () => {
    const r = await searchJpegQuality(async () => ({ bytes: 10 * MAX_PHOTO_BYTES, value: 0 }))
    expect(r.fits).toBe(false)
    expect(r.longSide).toBe(1024)
    expect(r.quality).toBe(0.5)
  })
})

describe('ID photo watermark', () => {
  test('when the office is Kaiping, then the line names the office, the purpose and the date', () => {
    expect(watermarkLine(kaipingConfig, '2024-01-05')).toBe(`仅供${kaipingConfig.office.name}账号备案使用 2024-01-05`)
  })

  test('when the kind is an ID side, then it is watermarked; licences and forms are not', () => {
    expect(needsWatermark('id_front')).toBe(true)
    expect(needsWatermark('id_back')).toBe(true)
    expect(needsWatermark('license')).toBe(false)
    expect(needsWatermark('registration_form')).toBe(false)
  })

  test('when laid out on a photo, then the sparse overlay rows still cover all four corners', () => {
    const w = 1600; const h = 1010
    const l = watermarkLayout(w, h, '仅供开平市互联网信息办公室账号备案使用 2024-01-05')
    const o = l.overlay
    expect(o.angle).toBeLessThan(0)
    // Rotate each corner into the text frame: some row must pass within one row step of it.
    const cos = Math.cos(-o.angle); const sin = Math.sin(-o.angle)
    for (const [cx, cy] of [[-w / 2, -h / 2], [w / 2, -h / 2], [-w / 2, h / 2], [w / 2, h / 2]]) {
      const ry = cx * sin + cy * cos
      expect(o.positions.some((p) => Math.abs(p.y - ry) <= o.fontPx * WATERMARK_STYLE.overlayRowStep)).toBe(true)
    }
    expect(o.positions.length).toBeGreaterThan(8)
  })

  test('when laid out, then the overlay is light and translucent (no dark outline) and its rows are far apart, so the card text keeps its contrast', () => {
    const l = watermarkLayout(2000, 1262, '仅供开平市互联网信息办公室账号备案使用 2024-01-05')
    const c = l.overlay.color
    // On white paper the overlay darkens by ≤ 12 %, on black print it lightens it by ≤ 40 grey levels.
    expect((255 - c.r) * c.a).toBeLessThanOrEqual(0.12 * 255)
    expect(c.r * c.a).toBeLessThanOrEqual(40)
    expect(l.overlay.fontPx * WATERMARK_STYLE.overlayRowStep).toBeGreaterThanOrEqual(5 * l.overlay.fontPx)
    // The old design: 4.5 font sizes between rows, a dark outline, 42 % white fill.
    expect(WATERMARK_STYLE.overlayRowStep).toBeGreaterThan(4.5)
  })

  test('when laid out, then the band adds rows below the photo and its line fits the width, at any photo width', () => {
    const text = watermarkLine(kaipingConfig, '2024-01-05')
    for (const w of [320, 856, 1600, 2000]) {
      const l = watermarkLayout(w, Math.round(w * 0.63), text)
      expect(l.height).toBe(l.photoHeight + l.band.height)
      expect(l.band.y).toBe(l.photoHeight)
      expect(l.band.height).toBeGreaterThanOrEqual(WATERMARK_STYLE.bandMinPx)
      expect(estimateTextWidth(text, l.band.fontPx)).toBeLessThanOrEqual(w * WATERMARK_STYLE.bandTextWidthShare)
      expect(l.band.fontPx).toBeLessThanOrEqual(l.band.height)
    }
  })

  test('when the band colours are compared, then the text meets the 4.5:1 contrast of the style guide', () => {
    const lum = (c: { r: number, g: number, b: number }) => {
      const ch = (v: number) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)
    }
    const ratio = (lum(WATERMARK_STYLE.bandBackground) + 0.05) / (lum(WATERMARK_STYLE.bandText) + 0.05)
    expect(ratio).toBeGreaterThanOrEqual(4.5)
  })
})

describe('upload limits', () => {
  test('when a header declares a size, then only 48 px … 8000 px per side and at most 16 MP pass', () => {
    expect(judgeDimensions(2000, 1262)).toBe('ok')
    expect(judgeDimensions(4000, 4000)).toBe('ok')
    expect(judgeDimensions(30000, 30000)).toBe('too_large')
    expect(judgeDimensions(8001, 100)).toBe('too_large')
    expect(judgeDimensions(5000, 4000)).toBe('too_large')
    expect(judgeDimensions(47, 600)).toBe('too_small')
    expect(judgeDimensions(0, 0)).toBe('too_small')
    expect(judgeDimensions(1.5, 600)).toBe('too_small')
  })
})
