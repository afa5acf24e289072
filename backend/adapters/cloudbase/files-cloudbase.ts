/** CloudBase storage behind the Files port (getFileInfo, getTempFileURL ≤ 50 per call, maxAge ≤ 1 day). */
import type { FileInfo, Files } from '../../ports/files.port'

export interface FileApi {
  getFileInfo(o: { fileList: string[] }): Promise<{ fileList: Array<{ code: string; fileID: string; size?: number; contentType?: string; mime?: string }> }>
  getTempFileURL(o: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{ fileList: Array<{ code: string; fileID: string; tempFileURL: string }> }>
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(o: { fileID: string }): Promise<{ fileContent?: Buffer; code?: string }>
  deleteFile(o: { fileList: string[] }): Promise<unknown>
}

const chunks = <T>(xs: T[], n = 50): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

export function createCloudbaseFiles(getApp: () => FileApi): Files {
  return {
    /** 'cloud://env-id.bucket-id/filings/…' → 'filings/…' (the id is otherwise opaque). */
    pathOf(fileId) {
      const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
      return m ? m[1] : null
    },
    async info(fileId): Promise<FileInfo> {
      const res = await getApp().getFileInfo({ fileList: [fileId] })
      const f = res.fileList?.[0]
      if (!f || f.code !== 'SUCCESS') return { exists: false, size: 0, contentType: null }
      return { exists: true, size: f.size ?? 0, contentType: f.contentType ?? f.mime ?? null }
    },
    async signedUrls(fileIds, maxAgeSeconds) {
      const out: Record<string, string> = {}
      for (const part of chunks(fileIds)) {
        const res = await getApp().getTempFileURL({ fileList: part.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })) })
        for (const f of res.fileList ?? []) if (f.code === 'SUCCESS' && f.tempFileURL) out[f.fileID] = f.tempFileURL
      }
      return out
    },
    async read(fileId) {
      try {
        const res = await getApp().downloadFile({ fileID: fileId })
        return res.code || !res.fileContent ? null : res.fileContent
      } catch {
        return null
      }
    },
    async put(cloudPath, bytes) {
      const res = await getApp().uploadFile({ cloudPath, fileContent: bytes })
      return { fileId: res.fileID }
    },
    async remove(fileIds) {
      for (const part of chunks(fileIds)) await getApp().deleteFile({ fileList: part })
    }
  }
}
