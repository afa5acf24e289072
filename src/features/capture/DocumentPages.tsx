import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { PdfTile, Photo } from '../ui'
import { DOCUMENT_FRAMES, MAX_PAGES, acceptsPdf, pagesLeft, pagesOf, type DocumentKind, type DocumentRef } from '../../core/schemas/documents'
import { onCaptureResult } from '../../services/camera-bus'
import { choosePdf } from '../../services/file-pick'
import { absoluteUrl, openPdf, previewImages } from '../../services/media'
import { newId } from '../../services/ids'
import { paths } from '../../core/routes'
import { confirm } from '../../services/dialogs'
import { openPage } from '../../services/nav'
import { T, fill } from './texts'
import type { LocalDocument } from './types'
import { useDocumentUpload } from './useDocumentUpload'
import './slot.scss'

export interface DocumentPagesProps {
  kind: DocumentKind
  filingId: string
  /** This kind's documents, in page order. */
  pages: DocumentRef[]
  /** fileId → short-lived link to the stored copy. */
  links: Record<string, string>
  label: string
  /** Staff's return reason for this document. */
  flagged?: string
  /** The kind's new page list, and a link to a page just stored. */
  onChange: (pages: DocumentRef[], stored?: { fileId: string, url: string }) => void
}

/**
 * A document that may span pages (a licence's 正本 and 副本, the form's continuation pages): each
 * page as a thumbnail (a PDF as a tile with its page count) with 上移 / 下移 / 删除, then 拍照添加一页
 * through the same camera page as every photo, and 上传 PDF where core accepts a scan for the kind.
 * Core's per-kind limit counts a PDF as its pages.
 */
export function DocumentPages ({ kind, filingId, pages, links, label, flagged, onChange }: DocumentPagesProps) {
  const stopListening = useRef<() => void>(() => undefined)
  const current = useRef(pages)
  current.current = pages
  // A PDF with more pages than the kind has left: said on the slot, not added.
  const [over, setOver] = useState<string | null>(null)
  const { state, start, retry } = useDocumentUpload(filingId, (ref, _local, previewUrl) => {
    const left = pagesLeft(kind, current.current)
    if (pagesOf(ref) > left) {
      setOver(fill(T.pagesOver, { n: pagesOf(ref), label, left }))
      return
    }
    onChange([...current.current, ref], previewUrl !== null ? { fileId: ref.fileId, url: previewUrl } : undefined)
  })
  useEffect(() => () => stopListening.current(), [])

  const left = pagesLeft(kind, pages)
  const max = MAX_PAGES[kind]
  const uploading = state.phase === 'uploading'
  const failed = state.phase === 'failed'

  function capture () {
    setOver(null)
    const req = newId('cap')
    stopListening.current()
    stopListening.current = onCaptureResult<LocalDocument>(req, (doc) => { void start(doc) })
    openPage(paths.camera({ kind, req }))
  }

  async function pickPdf () {
    setOver(null)
    const file = await choosePdf()
    if (file === null) return
    void start({ kind, path: file.path, ext: 'pdf', source: 'file', width: 0, height: 0, bytes: file.bytes, capturedAt: new Date().toISOString() })
  }

  function move (i: number, by: -1 | 1) {
    const next = [...pages]
    const [page] = next.splice(i, 1)
    next.splice(i + by, 0, page)
    onChange(next)
  }

  async function remove (i: number) {
    if (!(await confirm({ title: fill(T.pageDeleteTitle, { n: i + 1 }), content: T.slotDeleteBody, confirmText: T.slotDelete, danger: true }))) return
    setOver(null)
    onChange(pages.filter((_, j) => j !== i))
  }

  const photoUrls = pages.filter((p) => p.format !== 'pdf').map((p) => links[p.fileId]).filter((u): u is string => u !== undefined)
  const status = uploading ? (state.processing ? T.slotProcessing : fill(T.slotUploading, { p: state.progress })) : failed ? state.message : pages.length > 0 ? T.slotDone : T.slotEmpty

  return (
    <View className={`doc-slot ${flagged ? 'doc-slot--flagged' : ''}`} data-testid={`document-slot-${kind}`} data-field={`documents.${kind}`}>
      <View className='doc-slot__head'>
        <View className='doc-slot__label'>{label}</View>
        <View className={`doc-slot__status doc-slot__status--${uploading ? 'busy' : failed ? 'failed' : pages.length > 0 ? 'done' : 'empty'}`} data-testid={`document-status-${kind}`}>
          {status}
        </View>
      </View>
      {flagged ? <View className='field-flag'>{fill(T.slotFlag, { reason: flagged })}</View> : null}
      <View className='doc-slot__hint muted'>{pages.length === 0 ? DOCUMENT_FRAMES[kind].hint : T.pagesHint}</View>
      {pages.length > 0 ? <View className='muted' data-testid={`document-count-${kind}`}>{fill(T.pagesCount, { n: max - left, max })}</View> : null}
      <View className='doc-pages'>
        {pages.map((p, i) => {
          const url = links[p.fileId]
          const name = `${label}${fill(T.pageN, { n: i + 1 })}`
          return (
            <View key={`${p.fileId}-${i}`} className='doc-page' data-testid={`document-page-${kind}`}>
              {p.format === 'pdf'
                ? <PdfTile className='doc-page__thumb' pages={pagesOf(p)} label={name} testId={`document-pdf-tile-${kind}`} onTap={url !== undefined ? () => { void openPdf(url).catch(() => undefined) } : undefined} />
                : url !== undefined
                  ? <Photo className='doc-page__thumb' src={absoluteUrl(url)} mode='aspectFill' alt={fill(T.slotPhotoOf, { label: name })} onTap={() => previewImages(url, photoUrls)} />
                  : <View className='doc-page__thumb' />}
              <View className='doc-page__side'>
                <Text className='doc-page__name'>{fill(T.pageN, { n: i + 1 })}</Text>
                {i > 0 ? <View role='button' className='doc-page__btn' ariaLabel={fill(T.pageUpOf, { n: i + 1 })} onClick={() => move(i, -1)}>{T.pageUp}</View> : null}
                {i < pages.length - 1 ? <View role='button' className='doc-page__btn' ariaLabel={fill(T.pageDownOf, { n: i + 1 })} onClick={() => move(i, 1)}>{T.pageDown}</View> : null}
                <View role='button' className='doc-page__btn doc-page__btn--danger' ariaLabel={fill(T.pageDeleteOf, { n: i + 1 })} data-testid={`document-page-delete-${kind}`} onClick={() => { void remove(i) }}>{T.slotDelete}</View>
              </View>
            </View>
          )
        })}
      </View>
      {uploading ? (
        <View className='doc-slot__bar' role='progressbar' aria-valuenow={state.progress}><View className='doc-slot__fill' style={{ width: `${state.progress}%` }} /></View>
      ) : null}
      {over !== null && !uploading ? <View className='error-text' data-testid={`document-over-${kind}`}>{over}</View> : null}
      <View className='doc-slot__actions'>
        {failed ? <View role='button' className='doc-slot__btn doc-slot__btn--primary' onClick={retry}>{T.slotRetry}</View> : null}
        {!uploading && left > 0 ? (
          <View role='button' className={`doc-slot__btn ${pages.length === 0 && !failed ? 'doc-slot__btn--primary' : ''}`} data-testid={`document-take-${kind}`} onClick={capture}>{pages.length === 0 ? T.slotTake : T.pagesAdd}</View>
        ) : null}
        {!uploading && left > 0 && acceptsPdf(kind) ? (
          <View role='button' className='doc-slot__btn' data-testid={`document-pdf-${kind}`} onClick={() => { void pickPdf() }}>{T.pagesPdf}</View>
        ) : null}
        {!uploading && left <= 0 ? <Text className='muted'>{fill(T.pagesFull, { max })}</Text> : null}
      </View>
    </View>
  )
}
