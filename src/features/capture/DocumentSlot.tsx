import { useEffect, useRef, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { DOCUMENT_FRAMES, DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentRef } from '../../core/schemas/documents'
import { onCaptureResult } from '../../services/camera-bus'
import { absoluteUrl } from '../../services/media'
import { newId } from '../../services/ids'
import { paths } from '../../core/routes'
import { confirm } from '../../services/dialogs'
import { openPage } from '../../services/nav'
import { T, fill } from './texts'
import type { LocalDocument } from './types'
import { useDocumentUpload } from './useDocumentUpload'
import './slot.scss'

export interface DocumentSlotProps {
  kind: DocumentKind
  filingId: string
  value: DocumentRef | undefined
  onChange: (ref: DocumentRef | undefined) => void
  /** Staff's return reason for this document, shown on the slot. */
  flagged?: string
  /** The document's name when it is not the kind's own (a passport's data page for id_front). */
  label?: string
}


/** One required document: empty → capture → uploading (progress) → done (thumbnail, 重拍, 删除) or failed (重试). */
export function DocumentSlot({ kind, filingId, value, onChange, flagged, label }: DocumentSlotProps) {
  const [thumb, setThumb] = useState<string | null>(null)
  const stopListening = useRef<() => void>(() => undefined)
  const { state, start, retry, reset } = useDocumentUpload(filingId, (ref, local, previewUrl) => {
    // Show the server's stored copy (watermarked, exactly what staff see) once there is one.
    setThumb(previewUrl !== null ? absoluteUrl(previewUrl) : local.path)
    onChange(ref)
  })
  useEffect(() => () => stopListening.current(), [])

  function capture() {
    const req = newId('cap')
    stopListening.current()
    stopListening.current = onCaptureResult<LocalDocument>(req, (doc) => {
      setThumb(doc.path)
      void start(doc)
    })
    openPage(paths.camera({ kind, req }))
  }

  async function remove() {
    if (!(await confirm({ title: T.slotDeleteTitle, content: T.slotDeleteBody, confirmText: T.slotDelete, danger: true }))) return
    reset()
    setThumb(null)
    onChange(undefined)
  }

  const uploading = state.phase === 'uploading'
  const failed = state.phase === 'failed'
  const status = uploading ? (state.processing ? T.slotProcessing : fill(T.slotUploading, { p: state.progress })) : failed ? state.message : value !== undefined ? T.slotDone : T.slotEmpty

  return (
    <View className={`doc-slot ${flagged ? 'doc-slot--flagged' : ''}`} data-testid={`document-slot-${kind}`} data-field={`documents.${kind}`}>
      <View className='doc-slot__head'>
        <View className='doc-slot__label'>{label ?? DOCUMENT_KIND_LABELS[kind]}</View>
        <View className={`doc-slot__status doc-slot__status--${uploading ? 'busy' : failed ? 'failed' : value ? 'done' : 'empty'}`} data-testid={`document-status-${kind}`}>
          {status}
        </View>
      </View>
      {flagged ? <View className='field-flag'>{fill(T.slotFlag, { reason: flagged })}</View> : null}
      {thumb !== null && (uploading || failed || value !== undefined) ? (
        <Image className='doc-slot__thumb' src={thumb} mode='aspectFit' data-testid={`document-thumb-${kind}`} />
      ) : null}
      {value !== undefined && thumb === null ? (
        <View className='doc-slot__stored muted'>
          {`${T.slotDone}${value.width && value.height ? ` · ${value.width}×${value.height}` : ''}${value.bytes ? ` · ${Math.round(value.bytes / 1024)} KB` : ''}`}
        </View>
      ) : null}
      {value?.source === 'album' ? <Text className='muted'>{T.slotFromAlbum}</Text> : null}
      {uploading ? (
        <View className='doc-slot__bar' role='progressbar' aria-valuenow={state.progress}><View className='doc-slot__fill' style={{ width: `${state.progress}%` }} /></View>
      ) : null}
      {!uploading && value === undefined && !failed ? (
        <View className='doc-slot__hint muted'>{DOCUMENT_FRAMES[kind].hint}</View>
      ) : null}
      <View className='doc-slot__actions'>
        {failed ? <View role='button' className='doc-slot__btn doc-slot__btn--primary' onClick={retry}>{T.slotRetry}</View> : null}
        {!uploading && value === undefined && !failed ? (
          <View role='button' className='doc-slot__btn doc-slot__btn--primary' data-testid={`document-take-${kind}`} onClick={capture}>{T.slotTake}</View>
        ) : null}
        {!uploading && (value !== undefined || failed) ? <View role='button' className='doc-slot__btn' onClick={capture}>{T.slotRetake}</View> : null}
        {!uploading && value !== undefined ? <View role='button' className='doc-slot__btn doc-slot__btn--danger' onClick={() => { void remove() }}>{T.slotDelete}</View> : null}
      </View>
    </View>
  )
}
