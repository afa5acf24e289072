import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { LEGACY_CALL_FILINGS } from '../../core/intake/legacy'
import { importInCalls, type LegacyProgress } from '../../core/intake/legacy-calls'
import { ApiError } from '../../services/api'
import { confirm } from '../../services/dialogs'
import { chooseXlsx } from '../../services/file-pick'
import { openSpreadsheet } from '../../services/media'
import { exportDone } from '../review'
import { useSession } from '../session'
import { Button, Notice, Screen, Skeleton, StateView } from '../ui'
import { importRegister, legacyTemplate, uploadRegister, type ImportReport } from './api'
import { IT } from './texts'
import './intake.scss'

/** Rows listed on screen (a phone list stays quick); the rest are counted, to fix after the first ones. */
const SHOWN_PROBLEMS = 100

interface Checked { fileId: string, name: string, report: ImportReport }
interface Done { written: number, unchanged: number }

/**
 * 导入旧台账 (admins): the template, the office's register picked from the phone's chats (weapp) or
 * the computer (h5), a check that lists every refused row and column, then 确认导入. A file with
 * any problem writes nothing, and the report says why. A clean file is written in calls of at most
 * LEGACY_CALL_FILINGS (CloudBase's time limits), repeated while some remain, with the progress
 * shown; a failed call stops with the error and 继续导入, which resumes where it stopped.
 */
export function ImportScreen () {
  const { session } = useSession()
  const [busy, setBusy] = useState<'template' | 'check' | 'import' | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** Of the confirmed import under way, or stopped by a failed call (`interrupted`). */
  const [progress, setProgress] = useState<LegacyProgress | null>(null)
  const [interrupted, setInterrupted] = useState(false)

  async function download () {
    setBusy('template')
    setError(null)
    try {
      const t = await legacyTemplate()
      if (await openSpreadsheet(t, '备案台账导入模板.xlsx')) await exportDone(t.exportId).catch(() => undefined) // the purge deletes it anyway
    } catch (e) {
      setError(e instanceof ApiError ? e.message : IT.downloadFailed)
    } finally {
      setBusy(null)
    }
  }

  async function check () {
    setError(null)
    const file = await chooseXlsx()
    if (file === null) return
    setBusy('check')
    setChecked(null)
    setProgress(null)
    setInterrupted(false)
    try {
      const fileId = await uploadRegister(file.path)
      setChecked({ fileId, name: file.name, report: await importRegister(fileId, false) })
    } catch (e) {
      setError(e instanceof ApiError ? e.message : IT.failed)
    } finally {
      setBusy(null)
    }
  }

  async function write (c: Checked, resume: boolean) {
    if (!resume && !(await confirm({ title: IT.confirmTitle, content: IT.confirmBody(c.report.fresh), confirmText: IT.confirmImport }))) return
    setBusy('import')
    setError(null)
    setInterrupted(false)
    setProgress((p) => p ?? { done: 0, total: c.report.fresh })
    const end = await importInCalls(() => importRegister(c.fileId, true), c.report.fresh, setProgress)
    setBusy(null)
    if (end.kind === 'done') {
      setDone({ written: end.progress.done, unchanged: c.report.unchanged })
    } else if (end.kind === 'problems') {
      setProgress(null)
      setChecked({ ...c, report: end.report })
    } else {
      setInterrupted(true)
      setError(end.error instanceof ApiError ? end.error.message : IT.failed)
    }
  }

  if (session === null) return <Screen className='intake'><Skeleton cards={2} /></Screen>
  if (session.role !== 'admin') return <Screen className='intake'><StateView kind='warn' title={IT.notAdmin} testId='import-admin-only' /></Screen>
  if (done !== null) {
    return (
      <Screen className='intake'>
        <StateView kind='success' title={IT.doneTitle(done.written)} body={IT.doneBody(done.unchanged)} actions={[{ label: IT.importAnother, onTap: () => { setDone(null); setChecked(null); setProgress(null) }, testId: 'import-again' }]} testId='import-done' />
      </Screen>
    )
  }
  const report = checked?.report ?? null
  const bad = report !== null && report.problemCount > 0
  return (
    <Screen className='intake'>
      <View className='card'>
        <View className='card-title'>{IT.importTitle}</View>
        <View className='muted'>{IT.importIntro}</View>
      </View>
      {error !== null ? <Notice tone='danger' testId='import-error'>{error}</Notice> : null}
      <View className='card'>
        <View className='card-title'>{IT.importStep1}</View>
        <Button kind='secondary' testId='import-template' busy={busy === 'template'} disabled={busy !== null} onTap={() => { void download() }}>{IT.download}</Button>
      </View>
      <View className='card'>
        <View className='card-title'>{IT.importStep2}</View>
        <Button kind={checked === null ? 'primary' : 'secondary'} testId='import-pick' busy={busy === 'check'} busyText={IT.picking} disabled={busy !== null} onTap={() => { void check() }}>{checked === null ? IT.pick : IT.pickAgain}</Button>
      </View>
      {checked !== null && report !== null
        ? (
          <View className={bad ? 'card card--danger' : 'card'} data-testid='import-report' role={bad ? 'alert' : 'status'}>
            <View className='muted'>{IT.checkedFile(checked.name)} · {IT.summary(report.rows, report.filings)}</View>
            {bad
              ? (
                <View data-testid='import-problems'>
                  <View className='card-title'>{IT.problemsTitle(report.problemCount)}</View>
                  <View className='muted'>{IT.problemsHint}</View>
                  {report.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => <Text key={i} className='intake-problem' data-testid='import-problem'>{IT.problemRow(p.row, p.column, p.message)}</Text>)}
                  {report.problemCount > SHOWN_PROBLEMS ? <Text className='intake-problem muted'>{IT.moreProblems(report.problemCount - SHOWN_PROBLEMS)}</Text> : null}
                </View>
                )
              : (
                <View data-testid='import-ready'>
                  <View className='card-title'>{report.fresh > 0 ? IT.readyTitle(report.fresh, report.unchanged) : IT.nothingNew}</View>
                </View>
                )}
          </View>
          )
        : null}
      {checked !== null && !bad && checked.report.fresh > 0
        ? (
          <View className='card'>
            <View className='card-title'>{IT.importStep3}</View>
            <View className='muted'>{IT.batchesHint(LEGACY_CALL_FILINGS)}</View>
            {progress !== null ? <Notice tone={interrupted ? 'warn' : 'info'} testId='import-progress'>{interrupted ? IT.interrupted(progress.done, progress.total) : IT.progress(progress.done, progress.total)}</Notice> : null}
            {interrupted
              ? <Button testId='import-resume' disabled={busy !== null} onTap={() => { void write(checked, true) }}>{IT.resumeImport}</Button>
              : <Button testId='import-confirm' busy={busy === 'import'} busyText={progress !== null ? IT.progress(progress.done, progress.total) : undefined} disabled={busy !== null} onTap={() => { void write(checked, false) }}>{IT.confirmImport}</Button>}
          </View>
          )
        : null}
    </Screen>
  )
}
