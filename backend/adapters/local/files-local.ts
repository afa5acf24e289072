/**
 * Files on local disk under `<dataDir>/files`, with a JSON sidecar for the content type.
 * It enforces what CloudBase's storage rule and server SDK do in the cloud: clients may write
 * only their own temporary upload folder; the server's writes are write-once. Files and folders
 * are private to the server's user (0600 / 0700): exports hold full ID numbers.
 * Links are `/files/<token>`, where the token carries path + expiry (+ once) and an HMAC
 * signature, so the local server can serve a file without any session.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { LEGACY_MAX_BYTES, PDF_TYPE, uploadMaxBytes } from '../../core'
import type { Files, FileInfo } from '../../ports/files.port'
import type { Clock, Crypto } from '../../ports/system.port'
import { sniffType } from '../../services/image/inspect'
import { isPdf } from '../../services/pdf/inspect'
import { parseUploadPath, uploadExtOf } from '../../services/storage-paths'
import { errors } from '../../errors'
import { XLSX_TYPE } from '../../services/exports'

const PREFIX = 'local://'
const FILE_MODE = 0o600
const DIR_MODE = 0o700

export interface LocalFiles extends Files {
  /** The upload endpoint's backend: only JPEG/PNG/PDF (by their bytes), only into the caller's own temporary upload folder. */
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
  const mkdirs = (p: string) => mkdirSync(dirname(p), { recursive: true, mode: DIR_MODE })
  const writeMeta = (p: string, contentType: string) => writeFileSync(p + '.meta.json', JSON.stringify({ contentType }), { mode: FILE_MODE })
  const readMeta = (p: string) => (existsSync(p + '.meta.json') ? (JSON.parse(readFileSync(p + '.meta.json', 'utf8')) as { contentType?: string }) : {})
  const pathOf = (fileId: string) => (fileId.startsWith(PREFIX) ? fileId.slice(PREFIX.length) : null)
  const drop = (p: string) => {
    rmSync(p, { force: true })
    rmSync(p + '.meta.json', { force: true })
  }

  return {
    pathOf,
    async idOf(cloudPath) {
      abs(cloudPath)
      return PREFIX + cloudPath
    },
    async info(fileId): Promise<FileInfo> {
      const path = pathOf(fileId)
      if (!path) return { exists: false, size: 0, contentType: null }
      const p = abs(path)
      if (!existsSync(p)) return { exists: false, size: 0, contentType: null }
      return { exists: true, size: statSync(p).size, contentType: readMeta(p).contentType ?? null }
    },
    async read(fileId) {
      const path = pathOf(fileId)
      if (!path) return null
      const p = abs(path)
      return existsSync(p) ? readFileSync(p) : null
    },
    async signedUrls(fileIds, maxAgeSeconds, opts = {}) {
      const out: Record<string, string> = {}
      const exp = clock.now().getTime() + maxAgeSeconds * 1000
      for (const id of fileIds) {
        const path = pathOf(id)
        if (!path || !existsSync(abs(path))) continue
        const payload = Buffer.from(JSON.stringify(opts.once ? { p: path, e: exp, o: 1 } : { p: path, e: exp })).toString('base64url')
        out[id] = `/files/${payload}.${crypto.sign(payload)}`
      }
      return out
    },
    async put(cloudPath, bytes, contentType) {
      const p = abs(cloudPath)
      mkdirs(p)
      let fd: number
      try {
        fd = openSync(p, 'wx', FILE_MODE) // write-once: fails when the file exists
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        if (readFileSync(p).equals(bytes)) return { fileId: PREFIX + cloudPath }
        throw new Error(`write-once: ${cloudPath} exists with other content`)
      }
      try {
        writeSync(fd, bytes)
      } finally {
        closeSync(fd)
      }
      writeMeta(p, contentType)
      return { fileId: PREFIX + cloudPath }
    },
    async remove(fileIds) {
      for (const id of fileIds) {
        const path = pathOf(id)
        if (path) drop(abs(path))
      }
    },
    async putUpload(cloudPath, bytes, _contentType, openid) {
      if (parseUploadPath(crypto, openid, cloudPath) === null) throw errors.forbidden('只能上传到您自己的临时上传目录，请重新获取上传位置')
      if (bytes.length === 0) throw errors.invalid('文件是空的，请重新拍照')
      // A spreadsheet for the legacy import (its own reserved .xlsx path): a zip container, read only by that action.
      if (cloudPath.endsWith('.xlsx')) {
        if (bytes.length > LEGACY_MAX_BYTES) throw errors.invalid(`表格超过 ${LEGACY_MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入`)
        if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw errors.invalid('只支持 .xlsx 格式的表格')
        const p = abs(cloudPath)
        mkdirs(p)
        writeFileSync(p, bytes, { mode: FILE_MODE })
        writeMeta(p, XLSX_TYPE)
        return { fileId: PREFIX + cloudPath }
      }
      const max = uploadMaxBytes(uploadExtOf(cloudPath) ?? 'jpg')
      if (bytes.length > max) throw errors.invalid(`文件超过 ${Math.round(max / 1024 / 1024)} MB，请压缩后重新上传`)
      const sniffed = sniffType(bytes) ?? (isPdf(bytes) ? PDF_TYPE : null)
      if (!sniffed) throw errors.invalid('只支持 JPEG、PNG 照片或 PDF 扫描件（按文件内容判断，与文件名无关）')
      const p = abs(cloudPath)
      mkdirs(p)
      writeFileSync(p, bytes, { mode: FILE_MODE })
      writeMeta(p, sniffed)
      return { fileId: PREFIX + cloudPath }
    },
    async readSigned(token) {
      const [payload, sig] = token.split('.')
      if (!payload || !sig || crypto.sign(payload) !== sig) return null
      let parsed: { p?: unknown; e?: unknown; o?: unknown }
      try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p?: unknown; e?: unknown; o?: unknown }
      } catch {
        return null
      }
      if (typeof parsed.p !== 'string' || typeof parsed.e !== 'number' || parsed.e < clock.now().getTime()) return null
      const p = abs(parsed.p)
      if (!existsSync(p)) return null
      const file = { bytes: readFileSync(p), contentType: readMeta(p).contentType ?? 'application/octet-stream' }
      if (parsed.o === 1) drop(p) // a one-time link: delivered, so the file goes
      return file
    }
  }
}

export function joinFilesRoot(dataDir: string): string {
  return join(dataDir, 'files')
}
