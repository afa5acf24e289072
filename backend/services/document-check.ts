/**
 * Every file a filing references must sit under the caller's own folder, exist, be an
 * allowed image type and be within the size limit. A fileId pointing anywhere else is
 * refused before anything is written.
 */
import type { DraftContent } from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, isUnderOwnerFolder } from './documents'

export async function checkDocuments(ctx: UserCtx, content: DraftContent): Promise<void> {
  const docs = content.documents ?? []
  const { files, crypto } = ctx.rt
  for (const [i, doc] of docs.entries()) {
    const path = files.pathOf(doc.fileId)
    if (!path || !isUnderOwnerFolder(crypto, ctx.caller.openid, path)) {
      throw errors.forbidden(`第${i + 1}份材料不是您本人上传的文件，请重新拍照上传`)
    }
  }
  const infos = await Promise.all(docs.map((d) => files.info(d.fileId)))
  infos.forEach((info, i) => {
    const field = `documents.${docs[i].kind}`
    if (!info.exists) throw errors.invalid(`第${i + 1}份材料的文件不存在，请重新上传`, { [field]: '文件不存在，请重新上传' })
    if (info.size > MAX_DOCUMENT_BYTES) throw errors.invalid(`第${i + 1}份材料超过 2 MB，请重新拍照`, { [field]: '照片超过 2 MB，请重新拍照' })
    if (info.contentType && !(DOCUMENT_TYPES as readonly string[]).includes(info.contentType)) {
      throw errors.invalid(`第${i + 1}份材料不是 JPEG、PNG 或 WebP 图片，请重新上传`, { [field]: '只支持 JPEG、PNG 或 WebP 图片' })
    }
  })
}
