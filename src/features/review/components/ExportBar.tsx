import { useState } from 'react'
import { View } from '@tarojs/components'
import { localDateTime } from '../../../core/local-time'
import { jurisdiction } from '../../../config/jurisdiction'
import { Button } from '../../ui'
import { ApiError } from '../../../services/api'
import { openSpreadsheet } from '../../../services/media'
import { confirm, toast } from '../../../services/dialogs'
import { exportDone, exportLink, exportXlsx, type ExportResult } from '../api'
import type { QueueFilter } from '../filters'
import { T } from '../texts'

/**
 * Exports the filter on screen to .xlsx. Masked by default; admins may ask for full personal
 * data after a confirmation (the backend audits it and refuses it to reviewers anyway).
 */
export function ExportBar ({ filter, isAdmin, disabled = false }: { filter: QueueFilter, isAdmin: boolean, disabled?: boolean }) {
  const [busy, setBusy] = useState<'masked' | 'full' | null>(null)
  const [last, setLast] = useState<ExportResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  /** Opens the file; once it is on the phone, the server's copy is deleted right away. */
  async function deliver (file: { exportId: string, url: string, fileId: string }, fileName: string) {
    if (await openSpreadsheet(file, fileName)) await exportDone(file.exportId).catch(() => undefined) // the purge deletes it anyway
  }

  async function reopen (out: ExportResult) {
    setError(null)
    try {
      await deliver(await exportLink(out.exportId), out.fileName)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : T.exportGone)
    }
  }

  async function run (full: boolean) {
    if (full && !(await confirm({ title: T.exportFullConfirmTitle, content: T.exportFullConfirm }))) return
    setBusy(full ? 'full' : 'masked')
    setError(null)
    try {
      const out = await exportXlsx(filter, full)
      setLast(out)
      if (out.filings === 0) toast(T.exportEmpty)
      else await deliver(out, out.fileName)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导出失败，请稍后重试')
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='card q-export' data-testid='export-bar'>
      <View className='q-export__row'>
        <View className='q-export__hint muted'>{T.exportHint}</View>
        <View className='btn-row'>
          <Button inline kind='secondary' testId='export-xlsx' busy={busy === 'masked'} disabled={disabled || busy !== null} onTap={() => { void run(false) }}>{T.exportXlsx}</Button>
          {isAdmin
            ? <Button inline kind='plain' testId='export-full' busy={busy === 'full'} disabled={disabled || busy !== null} onTap={() => { void run(true) }}>{T.exportFull}</Button>
            : null}
        </View>
      </View>
      {last !== null && last.filings > 0
        ? (
          <View className='q-export__done' data-testid='export-done'>
            <View>{T.exportDone(last.rows, last.filings)}</View>
            <View className='muted'>{last.fileName} · {T.exportLinkHint(localDateTime(last.deleteBy, jurisdiction.timezone).slice(11, 16))}</View>
            <Button kind='plain' onTap={() => { void reopen(last) }}>{T.exportOpen}</Button>
          </View>
          )
        : null}
      {error !== null ? <View className='error-text' role='alert'>{error}</View> : null}
    </View>
  )
}
