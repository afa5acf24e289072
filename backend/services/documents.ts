/**
 * Document upload rules enforced on the server (the client checks them too, but only the
 * server's check counts). Paths: `filings/<owner-hash>/<draftId>/<kind>-<id>.<ext>`.
 */
import type { Crypto } from '../ports/system.port'

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
export const DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** The owner's storage folder; a keyed hash so the path does not reveal the openid. */
export function ownerFolder(crypto: Crypto, openid: string): string {
  return `filings/${crypto.hash(`owner:${openid}`).slice(0, 32)}`
}

export function isUnderOwnerFolder(crypto: Crypto, openid: string, cloudPath: string): boolean {
  return isUnderFolder(ownerFolder(crypto, openid), cloudPath)
}

/** A file strictly inside `folder` (no traversal tricks such as 'filings/<h>/../<other>'). */
export function isUnderFolder(folder: string, cloudPath: string): boolean {
  if (cloudPath.includes('..') || cloudPath.includes('//') || cloudPath.includes('\\')) return false
  return cloudPath.startsWith(folder + '/') && cloudPath.length > folder.length + 1
}

/** Content type from magic bytes; null when not an allowed image. */
export function sniffImageType(bytes: Buffer): DocumentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp'
  return null
}
