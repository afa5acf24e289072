/**
 * h5: no native scanner, so camera frames are decoded in the page with jsQR (only in the h5
 * build, only in the admin subpackage's chunk).
 */
import jsQR from 'jsqr'

export async function scanQrCode (): Promise<string | null> {
  return null
}

export function decodeQr (image: { data: Uint8ClampedArray, width: number, height: number }): string | null {
  const hit = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })
  return hit !== null && hit.data.length > 0 ? hit.data : null
}
