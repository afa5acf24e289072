import { useCallback, useRef, useState } from 'react'
import type { DocumentRef } from '../../core/schemas/documents'
import { TRANSFER_SHARE, uploadDocument, messageOf } from './upload'
import type { LocalDocument } from './types'

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading', progress: number, processing: boolean }
  | { phase: 'failed', message: string }

const FAILED = '上传失败，请检查网络后点“重试”'

/**
 * Upload with progress, then the server's processing; a failed upload keeps the local photo so
 * 重试 does not mean re-shooting. `onDone` receives the DocumentRef the filing stores and a link
 * to the stored copy.
 */
export function useDocumentUpload(filingId: string | undefined, onDone: (ref: DocumentRef, local: LocalDocument, previewUrl: string | null) => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' })
  const pending = useRef<LocalDocument | null>(null)
  const done = useRef(onDone)
  done.current = onDone

  const start = useCallback(async (doc: LocalDocument) => {
    pending.current = doc
    setState({ phase: 'uploading', progress: 0, processing: false })
    try {
      const out = await uploadDocument(doc, filingId, (p) => {
        const progress = Math.max(0, Math.min(100, Math.round(p)))
        setState({ phase: 'uploading', progress, processing: progress >= TRANSFER_SHARE && progress < 100 })
      })
      pending.current = null
      setState({ phase: 'idle' })
      done.current(out.ref, doc, out.previewUrl)
    } catch (e) {
      setState({ phase: 'failed', message: messageOf(e, FAILED) })
    }
  }, [filingId])

  const retry = useCallback(() => {
    if (pending.current !== null) void start(pending.current)
  }, [start])

  const reset = useCallback(() => {
    pending.current = null
    setState({ phase: 'idle' })
  }, [])

  return { state, start, retry, reset, pending }
}
