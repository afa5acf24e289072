/** The tests' upload as the h5 build does it: the local server's upload route, then the server's ingest of the stored photo. */
import type { E2E } from '../harness'
import type { UploadAs } from '../../weapp/admin-fixtures'

export function e2eUpload (e2e: E2E): UploadAs {
  return async (openid, cloudPath, bytes, contentType) => {
    const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'content-type': contentType, 'x-demo-openid': openid }, body: bytes })
    const raw = ((await res.json()) as { data: { fileId: string } }).data.fileId
    return (await e2e.call(openid, 'applicant', 'ingest-document', { fileId: raw })).fileId
  }
}
