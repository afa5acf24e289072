/**
 * What an uploaded document photo may be, checked by the server before it decodes anything,
 * and what the server stores after re-encoding it. The client compresses to the stored limits
 * already (geometry.ts, jpeg.ts); the upload limits are the ceiling for anything else (an album
 * picture from a modified client, a hostile file).
 */
import { MAX_PHOTO_LONG_SIDE } from './geometry'
import { MAX_PHOTO_BYTES } from './jpeg'

/** Bytes one upload may have (the client's compressed photo is ≤ 400 KB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024
/**
 * Bytes one PDF scan may have: a few pages scanned at 150–200 dpi. The server checks the stored
 * size before it reads the file, so a bigger one (a modified client can put anything into its
 * upload folder) is refused without being downloaded.
 */
export const MAX_PDF_BYTES = 8 * 1024 * 1024
/** Longest side an upload may declare in its header; larger is refused before decoding. */
export const MAX_UPLOAD_SIDE = 8000
/**
 * Pixels an upload may declare (width × height), checked in the header before decoding: a
 * 30000 × 30000 PNG is under 1 MB on disk but 3.6 GB of pixels. 16 MP covers a 4000 × 4000 photo.
 */
export const MAX_UPLOAD_PIXELS = 16_000_000
/** Shortest side a document photo may have: smaller cannot show a card's print legibly. */
export const MIN_UPLOAD_SIDE = 48
/** What the server stores: JPEG, long side ≤ 2000 px, ≤ 400 KB (the size OCR and staff read). */
export const STORED_PHOTO = { longSide: MAX_PHOTO_LONG_SIDE, maxBytes: MAX_PHOTO_BYTES, contentType: 'image/jpeg' } as const

export type UploadImageType = 'image/jpeg' | 'image/png'
export const UPLOAD_IMAGE_TYPES: readonly UploadImageType[] = ['image/jpeg', 'image/png']
export const PDF_TYPE = 'application/pdf'

/** An upload's file extension: photos as JPEG/PNG, scans as PDF (the bytes decide what it is). */
export type UploadExt = 'jpg' | 'png' | 'pdf'

/** The byte ceiling of an upload of this extension. */
export function uploadMaxBytes(ext: UploadExt): number {
  return ext === 'pdf' ? MAX_PDF_BYTES : MAX_UPLOAD_BYTES
}

export type DimensionVerdict = 'ok' | 'too_small' | 'too_large'

/** The dimension rule, once: header sizes are judged here by server and client alike. */
export function judgeDimensions(width: number, height: number): DimensionVerdict {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < MIN_UPLOAD_SIDE || height < MIN_UPLOAD_SIDE) return 'too_small'
  if (width > MAX_UPLOAD_SIDE || height > MAX_UPLOAD_SIDE || width * height > MAX_UPLOAD_PIXELS) return 'too_large'
  return 'ok'
}
