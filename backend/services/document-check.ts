/**
 * Every file a filing references must be one of the caller's stored documents — a photo the
 * server itself re-encoded and wrote (`documents/<owner>/<sha256>.jpg`) — and must exist. A raw
 * upload, another person's file or any other path is refused before anything is written, so
 * what staff review is always exactly what the server stored.
 */
import { managersOf, type DraftContent } from '../core'
import type { FilingRecord } from '../ports/records'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import { isOwnDocumentPath } from './storage-paths'

/**
 * `filing`: the filing being edited, whose co-managers' photos are as good as the caller's own
 * (a colleague may finish a draft another one photographed). Absent: a new draft, the caller's only.
 */
export async function checkDocuments(ctx: UserCtx, content: DraftContent, filing?: Pick<FilingRecord, 'ownerOpenid' | 'managers' | 'createdAt'>): Promise<void> {
  const docs = content.documents ?? []
  const { files, crypto } = ctx.rt
  const people = filing ? managersOf(filing).map((m) => m.openid) : [ctx.caller.openid]
  for (const [i, doc] of docs.entries()) {
    const path = files.pathOf(doc.fileId)
    if (!path || !people.some((openid) => isOwnDocumentPath(crypto, openid, path))) {
      throw errors.forbidden(`第${i + 1}份材料不是您本人上传并经系统处理的照片，请重新拍照上传`)
    }
  }
  const infos = await Promise.all(docs.map((d) => files.info(d.fileId)))
  infos.forEach((info, i) => {
    const field = `documents.${docs[i].kind}`
    if (!info.exists) throw errors.invalid(`第${i + 1}份材料的文件不存在，请重新上传`, { [field]: '文件不存在，请重新上传' })
  })
}
