/**
 * A QR code as an SVG data URI: one <path> of dark modules. An <Image> shows it the same on weapp
 * and h5 (no canvas), and it stays crisp at any size. uqr (≈ 10 KB) encodes UTF-8 byte mode.
 */
import { encode } from 'uqr'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (an SVG we build); weapp has no btoa. */
export function base64Ascii (s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i += 3) {
    const [a, b, c] = [s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=')
  }
  return out
}

export function qrSvg (text: string): string {
  // M: survives a scuffed print or a glare spot; 4 modules of quiet zone, as scanners expect.
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  let d = ''
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z` }))
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
}

export function qrDataUri (text: string): string {
  return `data:image/svg+xml;base64,${base64Ascii(qrSvg(text))}`
}
