/**
 * Where files live, and who may write there. Clients write only their own temporary upload
 * folder; documents and exports are written by the server alone (CloudBase storage rule and the
 * local upload endpoint enforce the same prefix), so a stored document can never be replaced.
 * Owner folders are a keyed hash, so paths do not reveal openids.
 */
import type { DocumentFormat, UploadExt } from '../core'
import type { Crypto } from '../ports/system.port'

export const UPLOADS_PREFIX = 'uploads'
export const DOCUMENTS_PREFIX = 'documents'
export const EXPORTS_PREFIX = 'exports'

export function ownerKey(crypto: Crypto, openid: string): string {
  return crypto.hash(`owner:${openid}`).slice(0, 32)
}

/** A path segment made of our own ids and hashes only: no traversal, no separators. */
const SAFE = /^[A-Za-z0-9_-]{1,80}$/

/** `uploads/<owner>/<uploadId>.<ext>`: where a client may put one photo or PDF before ingest (or staff one register spreadsheet to import). */
export function uploadPath(crypto: Crypto, openid: string, uploadId: string, ext: UploadExt | 'xlsx'): string {
  return `${UPLOADS_PREFIX}/${ownerKey(crypto, openid)}/${uploadId}.${ext}`
}

/** The upload id when `cloudPath` is exactly a temporary upload path of `openid`, else null. */
export function parseUploadPath(crypto: Crypto, openid: string, cloudPath: string): string | null {
  const parts = cloudPath.split('/')
  if (parts.length !== 3 || parts[0] !== UPLOADS_PREFIX || parts[1] !== ownerKey(crypto, openid)) return null
  const m = /^([A-Za-z0-9_-]{1,80})\.(jpg|png|pdf|xlsx)$/.exec(parts[2])
  return m ? m[1] : null
}

/** The extension of an upload path (what the client said it would send; the bytes decide). */
export function uploadExtOf(cloudPath: string): UploadExt | null {
  const m = /\.(jpg|png|pdf)$/.exec(cloudPath)
  return m ? (m[1] as UploadExt) : null
}

/** `documents/<owner>/<sha256>.jpg`: content-addressed, so the same bytes always land on the same path. */
export function documentPath(crypto: Crypto, openid: string, sha256: string): string {
  return `${DOCUMENTS_PREFIX}/${ownerKey(crypto, openid)}/${sha256}.jpg`
}

/**
 * `documents/<owner>/<sha256>-<pages>p.pdf`: a PDF scan that passed the server's checks. The page
 * count the server counted is part of the name, so a filing cannot claim fewer pages than it holds.
 */
export function documentPdfPath(crypto: Crypto, openid: string, sha256: string, pages: number): string {
  return `${DOCUMENTS_PREFIX}/${ownerKey(crypto, openid)}/${sha256}-${pages}p.pdf`
}

export interface StoredDocumentFacts {
  format: DocumentFormat
  /** A PDF's page count; 1 for a photo. */
  pages: number
}

/** What the server stored at `cloudPath` when it is one of `openid`'s stored documents, else null. */
export function ownDocumentFacts(crypto: Crypto, openid: string, cloudPath: string): StoredDocumentFacts | null {
  return cloudPath.split('/')[1] === ownerKey(crypto, openid) ? storedDocumentFacts(cloudPath) : null
}

/** What the server stored at `cloudPath` when it is anyone's stored document, else null. */
export function storedDocumentFacts(cloudPath: string): StoredDocumentFacts | null {
  const parts = cloudPath.split('/')
  if (parts.length !== 3 || parts[0] !== DOCUMENTS_PREFIX) return null
  if (/^[0-9a-f]{64}\.jpg$/.test(parts[2])) return { format: 'jpeg', pages: 1 }
  const pdf = /^[0-9a-f]{64}-([1-9][0-9]{0,2})p\.pdf$/.exec(parts[2])
  return pdf ? { format: 'pdf', pages: Number(pdf[1]) } : null
}

/** True when `cloudPath` is one of `openid`'s stored documents. */
export function isOwnDocumentPath(crypto: Crypto, openid: string, cloudPath: string): boolean {
  return ownDocumentFacts(crypto, openid, cloudPath) !== null
}

/** `exports/<random>/<id>.xlsx`: the random folder keeps the fileId unguessable. */
export function exportPath(folder: string, id: string): string {
  if (!SAFE.test(folder) || !SAFE.test(id)) throw new Error('export path segments must be ids')
  return `${EXPORTS_PREFIX}/${folder}/${id}.xlsx`
}
