/**
 * CloudBase storage behind the Files port (getTempFileURL ≤ 50 per call, maxAge ≤ 1 day).
 * A file's existence, size and type come from a HEAD request on a short-lived link, made with
 * node:http(s): node-sdk's own getFileInfo does the same HEAD with the global `fetch`, which a
 * function runtime below Node 18 lacks, and then every document would read as missing.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { FileInfo, Files } from '../../ports/files.port'

export interface HeadResult {
  status: number
  headers: Record<string, string | string[] | undefined>
}
export type Head = (url: string) => Promise<HeadResult>

/** One HEAD request, no global fetch; a network failure rejects (it is not "missing"). */
export const httpHead: Head = (url) =>
  new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http
    const req = lib.request(url, { method: 'HEAD', timeout: 10_000 }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('timeout', () => req.destroy(new Error(`HEAD ${new URL(url).host} timed out`)))
    req.on('error', reject)
    req.end()
  })

export interface FileApi {
  getTempFileURL(o: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{ fileList: Array<{ code: string; fileID: string; tempFileURL: string }> }>
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(o: { fileID: string }): Promise<{ fileContent?: Buffer | string }>
  deleteFile(o: { fileList: string[] }): Promise<unknown>
  /** Signs an upload for a path (nothing is written): we use only the fileId it names. */
  getUploadMetadata(o: { cloudPath: string }): Promise<{ data?: { fileId?: string } }>
}

const chunks = <T>(xs: T[], n = 50): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

export function createCloudbaseFiles(getApp: () => FileApi, head: Head = httpHead): Files {
  // 'cloud://<env>.<bucket>/' is the same for every path of the environment: learned once.
  let prefix: string | null = null
  return {
    /** 'cloud://env-id.bucket-id/filings/…' → 'filings/…' (the id is otherwise opaque). */
    pathOf(fileId) {
      const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
      return m ? m[1] : null
    },
    async idOf(cloudPath) {
      if (prefix === null) {
        const res = await getApp().getUploadMetadata({ cloudPath })
        const id = res.data?.fileId ?? ''
        if (!id.endsWith('/' + cloudPath)) throw new Error(`unexpected fileId for ${cloudPath}`)
        prefix = id.slice(0, id.length - cloudPath.length)
      }
      return prefix + cloudPath
    },
    async info(fileId): Promise<FileInfo> {
      const missing: FileInfo = { exists: false, size: 0, contentType: null }
      const res = await getApp().getTempFileURL({ fileList: [{ fileID: fileId, maxAge: 60 }] })
      const f = res.fileList?.[0]
      if (!f || f.code !== 'SUCCESS' || !f.tempFileURL) return missing
      const { status, headers } = await head(f.tempFileURL)
      if (status === 404 || status === 403) return missing
      if (status < 200 || status >= 300) throw new Error(`HEAD of a stored file answered ${status}`)
      const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
      return { exists: true, size: Number(one(headers['content-length']) ?? 0) || 0, contentType: one(headers['content-type']) ?? null }
    },
    async read(fileId) {
      try {
        const res = await getApp().downloadFile({ fileID: fileId })
        if (res.fileContent === undefined) return null
        return Buffer.isBuffer(res.fileContent) ? res.fileContent : Buffer.from(res.fileContent)
      } catch (e) {
        // The SDK throws for a missing file (STORAGE_FILE_NONEXIST); anything else is a real failure.
        if (/NONEXIST|not ?exist|不存在/i.test(String((e as { code?: string }).code ?? '') + String((e as Error).message ?? ''))) return null
        throw e
      }
    },
    async signedUrls(fileIds, maxAgeSeconds) {
      // `once` has no cloud equivalent: the client confirms delivery (staff/export-done) instead.
      const out: Record<string, string> = {}
      for (const part of chunks(fileIds)) {
        const res = await getApp().getTempFileURL({ fileList: part.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })) })
        for (const f of res.fileList ?? []) if (f.code === 'SUCCESS' && f.tempFileURL) out[f.fileID] = f.tempFileURL
      }
      return out
    },
    async put(cloudPath, bytes) {
      // Write-once holds by construction: every server path is content-addressed (documents) or
      // unique (exports), and the storage rule lets clients write only under uploads/.
      const res = await getApp().uploadFile({ cloudPath, fileContent: bytes })
      return { fileId: res.fileID }
    },
    async remove(fileIds) {
      for (const part of chunks(fileIds)) await getApp().deleteFile({ fileList: part })
    }
  }
}
