import { useCallback, useState } from 'react'
import { View } from '@tarojs/components'
import { SELF_INSPECTION_ITEMS, SelfInspectionSchema, type SelfInspectionKey } from '../../core/outreach/reverification'
import { paths } from '../../core/routes'
import { openPage, pageQuery } from '../../services/nav'
import { scrollToTop } from '../../services/scroll'
import { Button, CellGroup, Cell, ChoiceGroup, CheckRow, LoadError, Notice, Screen, Skeleton, StateView, TextField, messageOf, useShown } from '../ui'
import { loadMyRounds } from './api'
import { confirmReverify, holdReverifyAnswer } from './pending'
import { O } from './texts'
import './outreach.scss'

type Finding = { ok: boolean | undefined, fix: string }
type Answer = Record<SelfInspectionKey, Finding>
const EMPTY: Answer = { rumours: { ok: undefined, fix: '' }, unverified: { ok: undefined, fix: '' }, staff: { ok: undefined, fix: '' } }

/** 年度核验: confirm the filing as it stands or change it (the normal amendment), with the 自查自纠 checklist and a renewed commitment. */
export function ReverifyScreen () {
  const wanted = pageQuery().entry
  const load = useCallback(async () => {
    const items = await loadMyRounds()
    return { entry: items.find((e) => (wanted ? e.id === wanted : e.canRespond)) ?? null }
  }, [wanted])
  const { data, error, reload } = useShown(load)
  const [changed, setChanged] = useState<'same' | 'changed'>('same')
  const [answer, setAnswer] = useState<Answer>(EMPTY)
  const [commitment, setCommitment] = useState(false)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger', text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  if (error !== null && data === null) return <Screen><LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /></Screen>
  if (data === null) return <Screen><Skeleton cards={2} /></Screen>
  const entry = data.entry
  if (entry === null) return <Screen><StateView kind='success' title={O.reverify.none} actions={[{ label: '返回我的备案', onTap: () => openPage(paths.filings()) }]} testId='reverify-none' /></Screen>

  function inspection () {
    const raw = { ...Object.fromEntries(SELF_INSPECTION_ITEMS.map((i) => [i.key, { ok: answer[i.key].ok, fix: answer[i.key].fix.trim() }])), commitment }
    const parsed = SelfInspectionSchema.safeParse(raw)
    if (parsed.success) { setFields({}); return parsed.data }
    setFields(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])))
    scrollToTop()
    return null
  }

  async function submit () {
    if (busy || entry === null) return
    const checked = inspection()
    if (checked === null) return
    if (changed === 'changed') {
      holdReverifyAnswer({ entryId: entry.id, filingId: entry.filingId, inspection: checked })
      openPage(paths.wizard({ id: entry.filingId, mode: 'amend' }))
      return
    }
    setBusy(true)
    try {
      await confirmReverify(entry.id, checked)
      setNotice({ tone: 'success', text: O.reverify.done })
      await reload()
    } catch (e) {
      setNotice({ tone: 'danger', text: messageOf(e) })
    } finally {
      setBusy(false)
      scrollToTop()
    }
  }

  const set = (k: SelfInspectionKey, f: Partial<Finding>) => setAnswer((a) => ({ ...a, [k]: { ...a[k], ...f } }))
  return (
    <Screen className='outreach'>
      <View className='page-title'>{entry.roundTitle}</View>
      <View className='page-lead'>{O.reverify.intro}</View>
      {notice !== null ? <Notice tone={notice.tone} testId='reverify-notice'>{notice.text}</Notice> : null}
      <CellGroup>
        <Cell label={O.reverify.account} value={entry.accountNames.join('、')} />
        <Cell label='备案号' value={entry.filingNumber} />
        <Cell label='状态' value={entry.statusLabel} testId='reverify-status' />
        <Cell label='截止日期' value={entry.deadline} />
      </CellGroup>
      {!entry.canRespond
        ? <Notice tone={entry.status === 'pending' ? 'warn' : 'success'}>{entry.status === 'pending' ? O.reverify.closed : entry.status === 'amended' ? O.reverify.amended : O.reverify.done}</Notice>
        : (
          <View className='card'>
            <ChoiceGroup
              label='备案信息是否有变化'
              path='changed'
              value={changed}
              choices={[{ value: 'same', label: O.reverify.same }, { value: 'changed', label: O.reverify.changed }]}
              hint={changed === 'changed' ? O.reverify.changedHint : undefined}
              onPick={setChanged}
            />
            <View className='card-title'>{O.reverify.section}</View>
            {SELF_INSPECTION_ITEMS.map((i) => (
              <View key={i.key} className='ev-finding'>
                <ChoiceGroup
                  label={i.label}
                  path={`${i.key}.ok`}
                  row
                  value={answer[i.key].ok === undefined ? undefined : answer[i.key].ok ? 'ok' : 'problem'}
                  choices={[{ value: 'ok', label: O.reverify.ok }, { value: 'problem', label: O.reverify.problem }]}
                  error={fields[`${i.key}.ok`] ?? (fields[i.key] !== undefined ? '请逐项选择自查结果' : undefined)}
                  onPick={(v) => set(i.key, { ok: v === 'ok' })}
                />
                {answer[i.key].ok === false
                  ? <TextField label={O.reverify.fix} path={`${i.key}.fix`} value={answer[i.key].fix} placeholder={O.reverify.fixPlaceholder} maxlength={200} multiline error={fields[`${i.key}.fix`]} onChange={(v) => set(i.key, { fix: v })} />
                  : null}
              </View>
            ))}
            <CheckRow checked={commitment} label={O.reverify.commitment} testId='reverify-commitment' onToggle={() => setCommitment((c) => !c)} />
            {fields.commitment ? <View className='error-text' role='alert'>{fields.commitment}</View> : null}
            <Button testId='reverify-submit' busy={busy} onTap={() => { void submit() }}>{changed === 'changed' ? O.reverify.toAmend : O.reverify.submit}</Button>
          </View>
          )}
    </Screen>
  )
}
