/**
 * Where files live, and who may write there. Clients write only their own temporary upload
 * folder; documents and exports are written by the server alone (CloudBase storage rule and the
 * local upload endpoint enforce the same prefix), so a stored document can never be replaced.
 * Owner folders are a keyed hash, so paths do not reveal openids.
 */
import type { Crypto } from '../ports/system.port'

export const UPLOADS_PREFIX = 'uploads'
export const DOCUMENTS_PREFIX = 'documents'
export const EXPORTS_PREFIX = 'exports'

export function ownerKey(crypto: Crypto, openid: string): string {
  return crypto.hash(`owner:${openid}`).slice(0, 32)
}

/** A path segment made of our own ids and hashes only: no traversal, no separators. */
const SAFE = /^[A-Za-z0-9_-]{1,80}$/

/** `uploads/<owner>/<uploadId>.<ext>`: where a client may put one photo before ingest (or staff one register spreadsheet to import). */
export function uploadPath(crypto: Crypto, openid: string, uploadId: string, ext: 'jpg' | 'png' | 'xlsx'): string {
  return `${UPLOADS_PREFIX}/${ownerKey(crypto, openid)}/${uploadId}.${ext}`
}

/** The upload id when `cloudPath` is exactly a temporary upload path of `openid`, else null. */
export function parseUploadPath(crypto: Crypto, openid: string, cloudPath: string): string | null {
  const parts = cloudPath.split('/')
  if (parts.length !== 3 || parts[0] !== UPLOADS_PREFIX || parts[1] !== ownerKey(crypto, openid)) return null
  const m = /^([A-Za-z0-9_-]{1,80})\.(jpg|png|xlsx)$/.exec(parts[2])
  return m ? m[1] : null
}

/** `documents/<owner>/<sha256>.jpg`: content-addressed, so the same bytes always land on the same path. */
export function documentPath(crypto: Crypto, openid: string, sha256: string): string {
  return `${DOCUMENTS_PREFIX}/${ownerKey(crypto, openid)}/${sha256}.jpg`
}

/** True when `cloudPath` is one of `openid`'s stored documents. */
export function isOwnDocumentPath(crypto: Crypto, openid: string, cloudPath: string): boolean {
  const parts = cloudPath.split('/')
  return parts.length === 3 && parts[0] === DOCUMENTS_PREFIX && parts[1] === ownerKey(crypto, openid) && /^[0-9a-f]{64}\.jpg$/.test(parts[2])
}

/** `exports/<random>/<id>.xlsx`: the random folder keeps the fileId unguessable. */
export function exportPath(folder: string, id: string): string {
  if (!SAFE.test(folder) || !SAFE.test(id)) throw new Error('export path segments must be ids')
  return `${EXPORTS_PREFIX}/${folder}/${id}.xlsx`
}
