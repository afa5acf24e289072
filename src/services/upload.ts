import Taro from '@tarojs/taro'
import { ApiError } from './api'
import { currentDemoOpenid } from './demo-identity'

export interface UploadRequest {
  /** Where the backend said the file may go (under the caller's own folder). */
  cloudPath: string
  /** A local temp file path (weapp) or blob URL / data URL (h5). */
  filePath: string
  onProgress?: (percent: number) => void
}

const UPLOAD_FAILED = '上传失败，请检查网络后点“重试”'

function uploadWeapp ({ cloudPath, filePath, onProgress }: UploadRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    // Passing callbacks makes wx.cloud return an UploadTask, the only way to get progress.
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new ApiError('network', UPLOAD_FAILED))
    }) as unknown as { onProgressUpdate?: (cb: (e: { progress: number }) => void) => void }
    task?.onProgressUpdate?.((e) => onProgress?.(e.progress))
  })
}

async function uploadH5 ({ cloudPath, filePath, onProgress }: UploadRequest): Promise<string> {
  const blob = await (await fetch(filePath)).blob()
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${API_BASE}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`)
    xhr.setRequestHeader('content-type', blob.type || 'image/jpeg')
    xhr.setRequestHeader('x-demo-openid', currentDemoOpenid())
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress?.(Math.round((e.loaded / e.total) * 100)) }
    xhr.onerror = () => reject(new ApiError('network', UPLOAD_FAILED))
    xhr.onload = () => {
      let body: { ok?: boolean, data?: { fileId?: string }, error?: { message?: string } } = {}
      try { body = JSON.parse(xhr.responseText) } catch { /* handled below */ }
      if (xhr.status === 200 && body.ok === true && typeof body.data?.fileId === 'string') {
        onProgress?.(100)
        resolve(body.data.fileId)
      } else {
        reject(new ApiError('invalid_input', body.error?.message ?? UPLOAD_FAILED))
      }
    }
    xhr.send(blob)
  })
}

/** Uploads one file to cloud storage (weapp) or to the local server (h5); resolves with its fileId. */
export function uploadFile (req: UploadRequest): Promise<string> {
  return process.env.TARO_ENV === 'h5' ? uploadH5(req) : uploadWeapp(req)
}
