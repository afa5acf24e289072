import { useCallback, useMemo, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { captureTarget, type CaptureKind } from '../../core/capture'
import type { DocumentKind } from '../../core/schemas/documents'
import { assessFrame, cropForGuide, guideRect, guideRegionInFrame, needsWatermark, watermarkLine, type QualityReport, type RgbaFrame } from '../../core/image'
import { localDate } from '../../core/local-time'
import { requirePrivacyAuthorize, pickFromAlbum, openCameraSettings, windowSize, type CameraControl, type Shot } from '../../services/camera'
import { emitCaptureResult } from '../../services/camera-bus'
import { processPhoto, imageSize, type ProcessedPhoto } from '../../services/image-pipeline'
import { paths } from '../../core/routes'
import { goBack } from '../../services/nav'
import { jurisdiction } from '../../config/jurisdiction'
import { Screen, Button } from '../ui'
import { CameraView } from './CameraView'
import { ConsentPanel } from './ConsentPanel'
import { PreviewPanel } from './PreviewPanel'
import { hasCaptureConsent, recordCaptureConsent } from './consent'
import { T } from './texts'
import type { LocalDocument } from './types'
import './capture.scss'

type Phase = 'consent' | 'declined' | 'camera' | 'processing' | 'preview' | 'failed'
const FRAME_EVERY_MS = 600
/** Room under the preview for the hint line and the buttons. */
const CONTROLS_PX = 250

interface Preview { photo: ProcessedPhoto, source: 'camera' | 'album', issue: QualityReport | null, capturedAt: string }

/** The capture flow of one document: consent, live camera with guide and hints, preview, hand-back. */
export function CaptureScreen({ kind: rawKind, requestId }: { kind: string, requestId: string }) {
  const target = captureTarget(rawKind) ?? captureTarget('id_front')
  if (target === null) throw new Error('id_front is a capture kind')
  const kind: CaptureKind = target.kind
  const frame = target.frame
  const [phase, setPhase] = useState<Phase>(hasCaptureConsent() ? 'camera' : 'consent')
  const [busy, setBusy] = useState(false)
  const [cameraDenied, setCameraDenied] = useState(false)
  const [report, setReport] = useState<QualityReport | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const control = useRef<CameraControl | null>(null)
  const lastReport = useRef<QualityReport | null>(null)

  const view = useMemo(() => {
    const w = windowSize()
    const width = Math.round(w.width)
    return { width, height: Math.round(Math.max(width * 0.9, Math.min(width * 4 / 3, w.height - CONTROLS_PX))) }
  }, [])
  const guide = useMemo(() => guideRect(view, frame.aspectRatio), [view, frame.aspectRatio])
  const watermark = !target.attachment && needsWatermark(kind as DocumentKind) ? watermarkLine(jurisdiction, localDate(new Date(), jurisdiction.timezone)) : null

  const onFrame = useCallback((f: RgbaFrame) => {
    const r = assessFrame(f, guideRegionInFrame(guide, view, f))
    lastReport.current = r
    setReport(r)
  }, [guide, view])
  const onReady = useCallback((c: CameraControl) => { control.current = c }, [])
  const onCameraError = useCallback(() => setCameraDenied(true), [])

  async function agree() {
    setBusy(true)
    const ok = await requirePrivacyAuthorize()
    setBusy(false)
    if (!ok) { setPhase('declined'); return }
    recordCaptureConsent(new Date())
    setPhase('camera')
  }

  async function process(shot: Shot, source: 'camera' | 'album') {
    setPhase('processing')
    const capturedAt = new Date().toISOString()
    try {
      const size = shot.width && shot.height ? { width: shot.width, height: shot.height } : await imageSize(shot.path)
      // Album pictures were not framed by our guide: keep them whole rather than guess a crop.
      const crop = source === 'camera' ? cropForGuide(guide, view, size) : null
      const photo = await processPhoto({ path: shot.path, crop })
      const issue = source === 'camera' && lastReport.current !== null && lastReport.current.verdict !== 'ok' ? lastReport.current : null
      setPreview({ photo, source, issue, capturedAt })
      setPhase('preview')
    } catch {
      setPhase('failed')
    }
  }

  async function shoot() {
    if (control.current === null) return
    setBusy(true)
    try {
      await process(await control.current.take(), 'camera')
    } catch {
      setPhase('failed')
    } finally {
      setBusy(false)
    }
  }

  async function album() {
    const shot = await pickFromAlbum()
    if (shot !== null) await process(shot, 'album')
  }

  function use() {
    if (preview === null) return
    const doc: LocalDocument = {
      kind, path: preview.photo.path, ext: 'jpg', source: preview.source,
      width: preview.photo.width, height: preview.photo.height, bytes: preview.photo.bytes, capturedAt: preview.capturedAt
    }
    emitCaptureResult(requestId, doc)
    goBack(paths.filings())
  }

  function retake() {
    setPreview(null)
    setReport(null)
    lastReport.current = null
    setPhase('camera')
  }

  if (captureTarget(rawKind) === null) return <Screen><View className='card error-text'>{T.badKind}</View></Screen>

  return (
    <Screen className='capture'>
      <View className='capture-title'>{target.label}</View>
      {phase === 'consent' ? <ConsentPanel busy={busy} onAgree={() => { void agree() }} onDecline={() => setPhase('declined')} /> : null}
      {phase === 'declined' ? (
        <View className='card'>
          <View className='error-text'>{T.consentDeclined}</View>
          <Button kind='secondary' onTap={() => setPhase('consent')}>{T.consentAgree}</Button>
        </View>
      ) : null}
      {phase === 'camera' || phase === 'processing' ? (
        <View>
          <View className='capture-stage' style={{ width: `${view.width}px`, height: `${view.height}px` }}>
            {cameraDenied ? null : <CameraView size={view} frameEveryMs={FRAME_EVERY_MS} onReady={onReady} onFrame={onFrame} onError={onCameraError} />}
            <View
              className={`capture-guide ${report !== null && report.verdict !== 'ok' ? 'capture-guide--warn' : ''}`}
              style={{ left: `${guide.x}px`, top: `${guide.y}px`, width: `${guide.width}px`, height: `${guide.height}px` }}
            />
          </View>
          <View className='capture-hint' data-testid='capture-hint'>{frame.hint}</View>
          {cameraDenied ? (
            <View className='capture-warn'><Text>{T.cameraDenied}</Text></View>
          ) : (
            <View className={`capture-quality capture-quality--${report?.verdict ?? 'wait'}`} data-testid='capture-quality' aria-live='polite'>
              {report?.hint ?? frame.hint}
            </View>
          )}
          {phase === 'processing' ? <View className='muted capture-processing'>{T.processing}</View> : null}
          {cameraDenied ? <Button kind='secondary' onTap={openCameraSettings}>{T.openSettings}</Button> : (
            <Button testId='capture-shoot' busy={busy || phase === 'processing'} onTap={() => { void shoot() }}>{T.shoot}</Button>
          )}
          <Button kind='plain' testId='capture-album' disabled={phase === 'processing'} onTap={() => { void album() }}>{T.album}</Button>
        </View>
      ) : null}
      {phase === 'failed' ? (
        <View className='card'>
          <View className='error-text'>{T.processFailed}</View>
          <Button onTap={retake}>{T.retake}</Button>
        </View>
      ) : null}
      {phase === 'preview' && preview !== null ? (
        <PreviewPanel photo={preview.photo} watermark={watermark} fromAlbum={preview.source === 'album'} issue={preview.issue} onUse={use} onRetake={retake} />
      ) : null}
    </Screen>
  )
}
