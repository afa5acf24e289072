/**
 * Every file a filing references must be one of the caller's stored documents — a photo the
 * server itself re-encoded and wrote (`documents/<owner>/<sha256>.jpg`) or a PDF scan it checked
 * (`<sha256>-<pages>p.pdf`) — and must exist, described as what it is. A raw
 * upload, another person's file or any other path is refused before anything is written, so
 * what staff review is always exactly what the server stored.
 */
import { managersOf, pagesOf, type DraftContent } from '../core'
import type { FilingRecord } from '../ports/records'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import { ownDocumentFacts, storedDocumentFacts } from './storage-paths'

/**
/**
 * `filing`: the filing being edited, whose co-managers' photos are as good as the caller's own
 * (a colleague may finish a draft another one photographed). Absent: a new draft, the caller's only.
 * `kept`: files the filing already references (a claimed filing keeps the scans staff entered, a
 * transferred one the operator's before; they stay valid without being the caller's own uploads).
 */
export async function checkDocuments(ctx: UserCtx, content: DraftContent, filing?: Pick<FilingRecord, 'ownerOpenid' | 'managers' | 'createdAt'>, kept: readonly string[] = []): Promise<void> {
  const docs = content.documents ?? []
  const { files, crypto } = ctx.rt
  const people = filing ? managersOf(filing).map((m) => m.openid) : [ctx.caller.openid]
  for (const [i, doc] of docs.entries()) {
    const path = files.pathOf(doc.fileId)
    // A file the filing already references may be anyone's (or staff's scan), but still is what it was stored as.
    const keptFacts = kept.includes(doc.fileId) ? (path ? storedDocumentFacts(path) : null) : undefined
    if (keptFacts === null) continue
    const facts = keptFacts ?? (path ? people.map((openid) => ownDocumentFacts(crypto, openid, path)).find((f) => f !== null) ?? null : null)
    if (facts === null) {
      throw errors.forbidden(`第${i + 1}份材料不是您本人上传并经系统处理的照片或扫描件，请重新上传`)
    }
    // The stored name carries what the server found: a reference cannot call a PDF a photo or shrink its pages.
    if ((doc.format ?? 'jpeg') !== facts.format || pagesOf(doc) !== facts.pages) {
      throw errors.invalid(`第${i + 1}份材料的格式或页数与上传的文件不符，请重新上传`, { [`documents.${doc.kind}`]: '格式或页数与文件不符，请重新上传' })
    }
  }
  const infos = await Promise.all(docs.map((d) => files.info(d.fileId)))
  infos.forEach((info, i) => {
    const field = `documents.${docs[i].kind}`
    if (!info.exists) throw errors.invalid(`第${i + 1}份材料的文件不存在，请重新上传`, { [field]: '文件不存在，请重新上传' })
  })
}
