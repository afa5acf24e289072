import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { getFilingContract } from '../../core/contracts/applicant/get-filing'
import { paths } from '../../core/routes'
import { ApiError, call } from '../../services/api'
import { replacePage } from '../../services/nav'
import { pickSpreadsheet, saveSpreadsheet } from '../../services/spreadsheet-file'
import { Button, Notice, Screen, StateView } from '../ui'
import { bulkImport, bulkTemplate, type BulkReport } from './api'
import { OT } from './texts'
import './org.scss'

/**
 * Many accounts at once: download the template, fill it, pick it; the server adds every row or
 * none, and its report names each bad row and column, shown here as a list to work through.
 */
export function BulkScreen ({ id }: { id: string }) {
  const [busy, setBusy] = useState<'template' | 'import' | null>(null)
  const [report, setReport] = useState<BulkReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function download () {
    setBusy('template')
    try {
      const t = await bulkTemplate()
      await saveSpreadsheet(t.base64, t.fileName)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '下载失败，请重试')
    } finally {
      setBusy(null)
    }
  }

  async function upload () {
    setBusy('import')
    try {
      const file = await pickSpreadsheet()
      if (file === null) return
      // The filing's current version: an import is an edit like any other and must not overwrite a newer one.
      const { version } = await call(getFilingContract, { id })
      setReport(await bulkImport(id, version, file.base64))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导入失败，请重试')
    } finally {
      setBusy(null)
    }
  }

  if (report !== null && report.added > 0) {
    return (
      <Screen className='org'>
        <StateView kind='success' title={OT.doneTitle(report.added, report.total)} body={OT.doneBody} actions={[{ label: OT.back, onTap: () => replacePage(paths.filingDetail(id)), testId: 'bulk-back' }]} testId='bulk-done' />
      </Screen>
    )
  }
  return (
    <Screen className='org'>
      <View className='card'>
        <View className='card-title'>{OT.bulkTitle}</View>
        <View className='muted'>{OT.bulkIntro}</View>
      </View>
      {error !== null ? <Notice tone='danger' testId='bulk-error'>{error}</Notice> : null}
      {report !== null && report.problems.length > 0
        ? (
          <View className='card card--danger' data-testid='bulk-problems' role='alert'>
            <View className='card-title'>{OT.problemsTitle(report.problems.length)}</View>
            <View className='muted'>{OT.problemsHint}</View>
            {report.problems.map((p, i) => <Text key={i} className='org-problem' data-testid='bulk-problem'>{p.text}</Text>)}
          </View>
          )
        : null}
      <View className='card'>
        <View className='card-title'>{OT.bulkStep1}</View>
        <Button kind='secondary' testId='bulk-template' busy={busy === 'template'} disabled={busy !== null} onTap={() => { void download() }}>{OT.download}</Button>
      </View>
      <View className='card'>
        <View className='card-title'>{OT.bulkStep2}</View>
        <Button testId='bulk-pick' busy={busy === 'import'} busyText={OT.picking} disabled={busy !== null} onTap={() => { void upload() }}>{OT.pick}</Button>
      </View>
    </Screen>
  )
}
