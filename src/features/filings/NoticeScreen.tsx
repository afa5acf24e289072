import { useEffect, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { Button, Screen } from '../ui'
import { ApiError } from '../../services/api'
import { toast } from '../../services/dialogs'
import { previewImage, renderImage, saveImage } from '../../services/image'
import { getMyCase, staffCaseNotices, type NoticeDoc } from './case-api'
import { SUP } from './case-texts'
import { NOTICE_HEIGHT, NOTICE_WIDTH, drawNotice } from './notice-image'
import './filing.scss'

/** A generated notice as an image the operator can keep: drawn on the phone from the case's data. */
export function NoticeScreen ({ caseId, stepId, asStaff }: { caseId: string, stepId: string, asStaff: boolean }) {
  const [doc, setDoc] = useState<NoticeDoc | null>(null)
  const [path, setPath] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const load = asStaff ? staffCaseNotices(caseId) : getMyCase(caseId).then((c) => c.notices)
    load.then((notices) => {
      const found = notices.find((n) => n.stepId === stepId) ?? null
      if (!live) return
      if (found === null) { setError(SUP.noticeMissing); return }
      setDoc(found)
      return renderImage(NOTICE_WIDTH, NOTICE_HEIGHT, (ctx) => drawNotice(ctx, found)).then((p) => { if (live) setPath(p) })
    }).catch((e: unknown) => { if (live) setError(e instanceof ApiError ? e.message : SUP.noticeFailed) })
    return () => { live = false }
  }, [caseId, stepId, asStaff])

  async function save () {
    if (path === null || doc === null) return
    try { await saveImage(path, `${doc.title}-${doc.number}.jpg`); toast(SUP.noticeSaved, 'success') } catch { toast(SUP.noticeSaveFailed) }
  }
  return (
    <Screen className='filing notice-page'>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {doc !== null ? <View className='card'><Text className='card-title'>{doc.title}</Text><View className='muted'>{doc.number}</View></View> : null}
      {doc !== null && path === null && error === null ? <View className='muted'>{SUP.noticeLoading}</View> : null}
      {path !== null && doc !== null
        ? (
          <View>
            <Image className='notice-image' src={path} mode='widthFix' aria-label={`${doc.title} ${doc.number}`} data-testid='notice-image' onClick={() => previewImage(path)} />
            <Button testId='notice-save' onTap={() => { void save() }}>{SUP.noticeSave}</Button>
          </View>
          )
        : null}
      {/* The same words as text, for screen readers and for reading without zooming. */}
      {doc !== null
        ? (
          <View className='card notice-text' data-testid='notice-text'>
            <View>{doc.addressee}</View>
            {doc.paragraphs.slice(0, 1).map((p) => <View key={p} className='notice-text__p'>{p}</View>)}
            {doc.items.map((it, n) => <View key={it} className='notice-text__p'>{`${n + 1}. ${it}`}</View>)}
            {doc.paragraphs.slice(1).map((p) => <View key={p} className='notice-text__p'>{p}</View>)}
            <View className='muted'>{`${doc.office} ${doc.date}`}</View>
          </View>
          )
        : null}
    </Screen>
  )
}
