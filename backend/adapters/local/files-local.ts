/**
 * Files on local disk under `<dataDir>/files`, with a JSON sidecar for the content type.
 * Links are `/files/<token>`, where the token carries path + expiry and an HMAC signature,
 * so the local server can serve a file without any session.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Files, FileInfo } from '../../ports/files.port'
import type { Clock, Crypto } from '../../ports/system.port'
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, isUnderOwnerFolder, sniffImageType } from '../../services/documents'
import { errors } from '../../errors'

const PREFIX = 'local://'

export interface LocalFiles extends Files {
  /** The upload endpoint's backend: only images, only under the caller's own folder. */
  putUpload(cloudPath: string, bytes: Buffer, contentType: string, openid: string): Promise<{ fileId: string }>
  readSigned(token: string): Promise<{ bytes: Buffer; contentType: string } | null>
}

export function createLocalFiles(root: string, crypto: Crypto, clock: Clock): LocalFiles {
  const base = resolve(root)
  const abs = (cloudPath: string) => {
    const p = resolve(base, cloudPath)
    if (!p.startsWith(base + '/')) throw errors.invalid('文件路径不合法')
    return p
  }
  const write = (cloudPath: string, bytes: Buffer, contentType: string) => {
    const p = abs(cloudPath)
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, bytes)
    writeFileSync(p + '.meta.json', JSON.stringify({ contentType }))
    return { fileId: PREFIX + cloudPath }
  }
  const pathOf = (fileId: string) => (fileId.startsWith(PREFIX) ? fileId.slice(PREFIX.length) : null)

  return {
    pathOf,
    async info(fileId): Promise<FileInfo> {
      const path = pathOf(fileId)
      if (!path) return { exists: false, size: 0, contentType: null }
      const p = abs(path)
      if (!existsSync(p)) return { exists: false, size: 0, contentType: null }
      const meta = existsSync(p + '.meta.json') ? (JSON.parse(readFileSync(p + '.meta.json', 'utf8')) as { contentType?: string }) : {}
      return { exists: true, size: statSync(p).size, contentType: meta.contentType ?? null }
    },
    async signedUrls(fileIds, maxAgeSeconds) {
      const out: Record<string, string> = {}
      const exp = clock.now().getTime() + maxAgeSeconds * 1000
      for (const id of fileIds) {
        const path = pathOf(id)
        if (!path || !existsSync(abs(path))) continue
        const payload = Buffer.from(JSON.stringify({ p: path, e: exp })).toString('base64url')
        out[id] = `/files/${payload}.${crypto.sign(payload)}`
      }
      return out
    },
    async read(fileId) {
      const path = pathOf(fileId)
      if (!path) return null
      const p = abs(path)
      return existsSync(p) ? readFileSync(p) : null
    },
    async put(cloudPath, bytes, contentType) {
      return write(cloudPath, bytes, contentType)
    },
    async remove(fileIds) {
      for (const id of fileIds) {
        const path = pathOf(id)
        if (!path) continue
        rmSync(abs(path), { force: true })
        rmSync(abs(path) + '.meta.json', { force: true })
      }
    },
    async putUpload(cloudPath, bytes, contentType, openid) {
      if (!isUnderOwnerFolder(crypto, openid, cloudPath)) throw errors.forbidden('只能上传到您自己的备案材料目录')
      if (bytes.length === 0) throw errors.invalid('文件是空的，请重新拍照')
      if (bytes.length > MAX_DOCUMENT_BYTES) throw errors.invalid('照片超过 2 MB，请压缩后重新上传')
      const sniffed = sniffImageType(bytes)
      if (!sniffed || !(DOCUMENT_TYPES as readonly string[]).includes(contentType)) throw errors.invalid('只支持 JPEG、PNG 或 WebP 格式的照片')
      return write(cloudPath, bytes, sniffed)
    },
    async readSigned(token) {
      const [payload, sig] = token.split('.')
      if (!payload || !sig || crypto.sign(payload) !== sig) return null
      let parsed: { p?: unknown; e?: unknown }
      try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p?: unknown; e?: unknown }
      } catch {
        return null
      }
      if (typeof parsed.p !== 'string' || typeof parsed.e !== 'number' || parsed.e < clock.now().getTime()) return null
      const p = abs(parsed.p)
      if (!existsSync(p)) return null
      const meta = existsSync(p + '.meta.json') ? (JSON.parse(readFileSync(p + '.meta.json', 'utf8')) as { contentType?: string }) : {}
      return { bytes: readFileSync(p), contentType: meta.contentType ?? 'application/octet-stream' }
    }
  }
}

export function joinFilesRoot(dataDir: string): string {
  return join(dataDir, 'files')
}
