/**
 * Where the framing guide sits on the camera preview, which part of the photo it corresponds to,
 * and how large the stored photo is. Pure arithmetic, so WeChat and the browser crop the same way.
 */
import { clampRect, type Rect } from './pixels'

/** Long side of a stored document photo: enough for staff to read 6-pt print on an A4 form. */
export const MAX_PHOTO_LONG_SIDE = 2000

export interface Size {
  width: number
  height: number
}

/**
 * The guide box on a preview of `view` size: the document's aspect ratio (width / height),
 * as large as fits with `margin` (share of the view's width) on each side, centred. A null
 * ratio (free form) leaves only the margin.
 */
export function guideRect(view: Size, aspectRatio: number | null, margin = 0.06): Rect {
  const maxW = view.width * (1 - 2 * margin)
  const maxH = view.height - 2 * view.width * margin
  let width = maxW
  let height = maxH
  if (aspectRatio !== null && aspectRatio > 0) {
    height = width / aspectRatio
    if (height > maxH) {
      height = maxH
      width = height * aspectRatio
    }
  }
  return { x: (view.width - width) / 2, y: (view.height - height) / 2, width, height }
}

/**
 * The camera preview shows the sensor image scaled to cover the view (like CSS object-fit:
 * cover, which both WeChat's <camera> and our <video> use). This maps a rectangle on the view
 * back to pixels of the full-size photo.
 */
export function viewRectToSource(rect: Rect, view: Size, source: Size): Rect {
  const scale = Math.max(view.width / source.width, view.height / source.height)
  const offsetX = (source.width * scale - view.width) / 2
  const offsetY = (source.height * scale - view.height) / 2
  return {
    x: (rect.x + offsetX) / scale,
    y: (rect.y + offsetY) / scale,
    width: rect.width / scale,
    height: rect.height / scale
  }
}

/**
 * The crop of a photo for a guide drawn on the preview: the guide plus `padding` (share of
 * its size on each side) so a card held slightly off keeps its edges, clamped to the photo.
 * Photos come back in the sensor's orientation; when the preview is portrait and the photo
 * landscape (or the other way round) the caller rotates first, so sizes here agree in shape.
 */
export function cropForGuide(guide: Rect, view: Size, source: Size, padding = 0.04): Rect {
  const padded: Rect = {
    x: guide.x - guide.width * padding,
    y: guide.y - guide.height * padding,
    width: guide.width * (1 + 2 * padding),
    height: guide.height * (1 + 2 * padding)
  }
  return clampRect(viewRectToSource(padded, view, source), source.width, source.height)
}

/** Size after scaling `size` down (never up) so its long side is ≤ `maxLongSide`. */
export function fitLongSide(size: Size, maxLongSide = MAX_PHOTO_LONG_SIDE): Size {
  const long = Math.max(size.width, size.height)
  if (long <= maxLongSide) return { width: Math.round(size.width), height: Math.round(size.height) }
  const k = maxLongSide / long
  return { width: Math.max(1, Math.round(size.width * k)), height: Math.max(1, Math.round(size.height * k)) }
}

/** A region of a frame that covers the guide, in the frame's own pixels (for the live check). */
export function guideRegionInFrame(guide: Rect, view: Size, frame: Size): Rect {
  return clampRect(viewRectToSource(guide, view, frame), frame.width, frame.height)
}
