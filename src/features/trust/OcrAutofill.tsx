import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DocumentRef } from '../../core/schemas/documents'
import type { OcrKind } from '../../core/trust'
import { onCaptureResult } from '../../services/camera-bus'
import { ApiError } from '../../services/api'
import { newId } from '../../services/ids'
import { openPage } from '../../services/nav'
import { paths } from '../../core/routes'
import { useDocumentUpload, type LocalDocument } from '../capture'
import { ocrRead } from './api'
import { TT } from './texts'
import './trust.scss'

/** One form field a reading can fill. */
export interface OcrTarget {
  /** Field of the reading (core's OCR field names). */
  field: string
  /** Dotted path of the form field it fills. */
  path: string
  label: string
}

export interface OcrAutofillProps {
  kind: OcrKind
  label: string
  /** The cloud id of the draft, obtained (by saving) when the photo is taken. */
  ensureFilingId: () => Promise<string | undefined>
  targets: OcrTarget[]
  /** Current value of each target path (to show what a reading would replace). */
  current: (path: string) => string | undefined
  done: boolean
  onDocument: (ref: DocumentRef) => void
  onApply: (values: Record<string, string>) => void
}

type Phase = { at: 'idle' } | { at: 'uploading' } | { at: 'reading' } | { at: 'confirm', values: Record<string, string> } | { at: 'failed', message: string } | { at: 'applied' }

/**
 * Photograph a card, upload it as the filing's document, have the server read the stored photo,
 * and let the applicant confirm what goes into the form.
 */
export function OcrAutofill ({ kind, label, ensureFilingId, targets, current, done, onDocument, onApply }: OcrAutofillProps) {
  const [phase, setPhase] = useState<Phase>({ at: 'idle' })
  const [filingId, setFilingId] = useState<string | undefined>(undefined)
  const stop = useRef<() => void>(() => undefined)
  useEffect(() => () => stop.current(), [])

  const upload = useDocumentUpload(filingId, (ref) => {
    onDocument(ref)
    setPhase({ at: 'reading' })
    if (filingId === undefined) return
    ocrRead(filingId, kind, ref.fileId).then((r) => {
      const values: Record<string, string> = {}
      for (const t of targets) if (r.fields[t.field]) values[t.path] = r.fields[t.field]
      if (r.read && Object.keys(values).length > 0) setPhase({ at: 'confirm', values })
      else setPhase({ at: 'failed', message: r.message ?? TT.ocrFailed })
    }, (e: unknown) => setPhase({ at: 'failed', message: e instanceof ApiError ? e.message : TT.ocrFailed }))
  })

  async function take () {
    const id = await ensureFilingId()
    if (id === undefined) { setPhase({ at: 'failed', message: TT.ocrNeedCloud }); return }
    setFilingId(id)
    const req = newId('ocr')
    stop.current()
    stop.current = onCaptureResult<LocalDocument>(req, (doc) => {
      setPhase({ at: 'uploading' })
      void upload.start(doc)
    })
    openPage(paths.camera({ kind, req }))
  }

  const busy = phase.at === 'uploading' || phase.at === 'reading' || upload.state.phase === 'uploading'
  const status = upload.state.phase === 'failed' ? upload.state.message
    : phase.at === 'uploading' || upload.state.phase === 'uploading' ? TT.ocrUploading
      : phase.at === 'reading' ? TT.ocrReading
        : phase.at === 'failed' ? phase.message
          : phase.at === 'applied' ? TT.ocrApplied : null

  return (
    <View className='ocr-item' data-testid={`ocr-${kind}`}>
      <View
        role='button'
        aria-disabled={busy}
        className={`ocr__btn ${done ? 'ocr__btn--done' : ''}`}
        data-testid={`ocr-take-${kind}`}
        onClick={() => { if (!busy) void take() }}
      >
        {done ? TT.ocrRetake(label) : TT.ocrTake(label)}
      </View>
      {status !== null ? <View className={`ocr__status ${phase.at === 'failed' || upload.state.phase === 'failed' ? 'error-text' : 'muted'}`} data-testid={`ocr-status-${kind}`} aria-live='polite'>{status}</View> : null}
      {phase.at === 'confirm'
        ? (
          <View className='ocr__confirm' data-testid={`ocr-confirm-${kind}`}>
            <View className='card-title'>{TT.ocrConfirmTitle}</View>
            <View className='muted'>{TT.ocrConfirmHint}</View>
            {targets.filter((t) => phase.values[t.path] !== undefined).map((t) => {
              const cur = current(t.path)
              return (
                <View key={t.path} className='ocr__row'>
                  <Text className='ocr__k'>{t.label}</Text>
                  <Text className='ocr__v' data-testid={`ocr-value-${t.path}`}>{phase.values[t.path]}</Text>
                  {cur && cur !== phase.values[t.path] ? <Text className='ocr__cur'>{TT.ocrCurrent(cur)}</Text> : null}
                </View>
              )
            })}
            <View className='ocr__actions'>
              <View role='button' className='ocr__btn' data-testid={`ocr-apply-${kind}`} onClick={() => { onApply(phase.values); setPhase({ at: 'applied' }) }}>{TT.ocrApply}</View>
              <View role='button' className='ocr__btn ocr__btn--done' onClick={() => setPhase({ at: 'idle' })}>{TT.ocrDismiss}</View>
            </View>
          </View>
          )
        : null}
    </View>
  )
}
