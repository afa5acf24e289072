import { useEffect, useRef, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { ATTACHMENT_LABELS, type AttachmentKind } from '../../core/supervision/common'
import { onCaptureResult } from '../../services/camera-bus'
import { newId } from '../../services/ids'
import { openPage } from '../../services/nav'
import { paths } from '../../core/routes'
import { T, fill } from './texts'
import type { LocalDocument } from './types'
import { messageOf, uploadAttachment } from './upload'
import './slot.scss'

export interface AttachmentPickerProps {
  kind: AttachmentKind
  /** The case a signed record or evidence belongs to. */
  caseId?: string
  max: number
  onChange: (fileIds: string[]) => void
  /** Shown under the thumbnails (e.g. a field error). */
  error?: string
}

interface Item { fileId: string | null, path: string, progress: number, failed: string | null, local: LocalDocument }

/**
 * Up to `max` photos of one supervision kind, through the same capture page and upload path as
 * filing documents: take or pick a photo, see its upload progress, retry or remove it.
 */
export function AttachmentPicker ({ kind, caseId, max, onChange, error }: AttachmentPickerProps) {
  const [items, setItems] = useState<Item[]>([])
  const stop = useRef<() => void>(() => undefined)
  const latest = useRef(items)
  latest.current = items
  useEffect(() => () => stop.current(), [])

  const publish = (next: Item[]) => {
    setItems(next)
    onChange(next.flatMap((i) => (i.fileId !== null ? [i.fileId] : [])))
  }

  async function upload (local: LocalDocument) {
    const key = local.path
    const patch = (p: Partial<Item>) => {
      const next = latest.current.map((i) => (i.path === key ? { ...i, ...p } : i))
      latest.current = next
      return next
    }
    setItems(patch({ progress: 0, failed: null }))
    try {
      const fileId = await uploadAttachment(local, kind, caseId, (p) => setItems(patch({ progress: Math.round(p) })))
      publish(patch({ fileId, progress: 100 }))
    } catch (e) {
      setItems(patch({ failed: messageOf(e, T.slotRetry) }))
    }
  }

  function capture () {
    const req = newId('att')
    stop.current()
    stop.current = onCaptureResult<LocalDocument>(req, (doc) => {
      const item: Item = { fileId: null, path: doc.path, progress: 0, failed: null, local: doc }
      latest.current = [...latest.current, item]
      setItems(latest.current)
      void upload(doc)
    })
    openPage(paths.camera({ kind, req }))
  }

  function remove (path: string) {
    publish(latest.current.filter((i) => i.path !== path))
  }

  const shown = items
  return (
    <View className='att' data-testid={`attachments-${kind}`}>
      <View className='att__grid'>
        {shown.map((i, n) => (
          <View key={i.path} className='att__item'>
            <Image className='att__thumb' src={i.path} mode='aspectFill' aria-label={`${ATTACHMENT_LABELS[kind]}${n + 1}`} />
            {i.failed !== null
              ? <View role='button' className='att__state att__state--failed' onClick={() => { void upload(i.local) }}>{i.failed}</View>
              : <Text className='att__state' data-testid='attachment-state'>{i.fileId !== null ? T.slotDone : fill(T.slotUploading, { p: i.progress })}</Text>}
            <View role='button' className='att__remove' aria-label={`${T.slotDelete}${n + 1}`} onClick={() => remove(i.path)}>{T.slotDelete}</View>
          </View>
        ))}
      </View>
      {shown.length < max
        ? <View role='button' className='doc-slot__btn doc-slot__btn--primary att__add' data-testid={`attachment-add-${kind}`} onClick={capture}>{`＋ ${ATTACHMENT_LABELS[kind]}（${shown.length}/${max}）`}</View>
        : null}
      {error ? <Text className='error-text field-error'>{error}</Text> : null}
    </View>
  )
}
