import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DocumentRef } from '../../core/schemas/documents'
import { Button } from '../ui'
import { hasInk, type Point, type Stroke } from './signature'
import { T, fill } from './texts'
import { useDocumentUpload } from './useDocumentUpload'
import './slot.scss'

export interface ExportedSignature { path: string, bytes: number, width: number, height: number }

/** Strokes, undo/clear and the export-and-upload step, shared by the weapp and h5 pads. */
export function useSignature(filingId: string, onDone: (ref: DocumentRef, previewUrl: string | null) => void, exportImage: () => Promise<ExportedSignature>, onPending?: (run: (() => Promise<void>) | null) => void) {
  const strokes = useRef<Stroke[]>([])
  const drawing = useRef(false)
  const [version, setVersion] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const bump = () => setVersion((v) => v + 1)
  const upload = useDocumentUpload(filingId, (ref, _local, previewUrl) => onDone(ref, previewUrl))

  const sig = {
    strokes,
    version,
    error,
    upload: upload.state,
    begin(p: Point) { drawing.current = true; strokes.current.push([p]); setError(null); bump() },
    extend(p: Point) { if (drawing.current) { strokes.current[strokes.current.length - 1]?.push(p); bump() } },
    end() { drawing.current = false },
    undo() { strokes.current.pop(); bump() },
    clear() { strokes.current = []; upload.reset(); bump() },
    async done() {
      if (!hasInk(strokes.current)) { setError(T.signEmpty); return }
      try {
        const img = await exportImage()
        await upload.start({ kind: 'signature', path: img.path, ext: 'png', source: 'drawn', width: img.width, height: img.height, bytes: img.bytes, capturedAt: new Date().toISOString() })
      } catch {
        setError(T.signFailed)
      }
    }
  }
  // Ink on the pad not yet confirmed is what the person meant: the next step confirms it for them.
  const inked = hasInk(strokes.current)
  const done = useRef(sig.done)
  done.current = sig.done
  useEffect(() => {
    onPending?.(inked ? () => done.current() : null)
  }, [inked, onPending])
  useEffect(() => () => onPending?.(null), [onPending])
  return sig
}

export type Signature = ReturnType<typeof useSignature>

export function SignatureControls({ sig }: { sig: Signature }) {
  const u = sig.upload
  return (
    <View>
      <View className='sign__hint muted'>{T.signHint}</View>
      {sig.error !== null ? <Text className='error-text'>{sig.error}</Text> : null}
      {u.phase === 'failed' ? <Text className='error-text'>{u.message}</Text> : null}
      {u.phase === 'uploading' ? <View className='muted'>{fill(T.signUploading, { p: u.progress })}</View> : null}
      <View className='sign__row'>
        <View role='button' className='doc-slot__btn' data-testid='signature-undo' onClick={() => sig.undo()}>{T.signUndo}</View>
        <View role='button' className='doc-slot__btn doc-slot__btn--danger' data-testid='signature-clear' onClick={() => sig.clear()}>{T.signClear}</View>
      </View>
      <Button kind='secondary' testId='signature-done' busy={u.phase === 'uploading'} busyText={T.signBusy} onTap={() => { void sig.done() }}>{T.signDone}</Button>
    </View>
  )
}
