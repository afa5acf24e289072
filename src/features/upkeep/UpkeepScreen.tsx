import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { CHANGE_KINDS, CHANGE_KIND_LABELS, type ChangeKind } from '../../core/outreach/change-kinds'
import type { CrossingPromptView } from '../../core/contracts/applicant/upkeep'
import { paths } from '../../core/routes'
import { Button, CellGroup, CheckRow, Cell, LoadError, Notice, Screen, Skeleton, Tag, TextField, useShown } from '../ui'
import { handSelfCheckToWizard } from '../wizard'
import { ApiError } from '../../services/api'
import { openPage } from '../../services/nav'
import { myUpkeep, reportChange, reportFollowers, setListed } from './api'
import { U } from './texts'
import './upkeep.scss'

type Data = Awaited<ReturnType<typeof myUpkeep>>
type Said = { tone: 'success' | 'danger', text: string } | null

/** 备案维护: per filed filing, a change to report (and its due date) and the directory consent; a 建议备案 account's followers. */
export function UpkeepScreen () {
  const { data, error, reload: load } = useShown<Data>(myUpkeep)
  const [said, setSaid] = useState<Said>(null)
  const [busy, setBusy] = useState(false)
  const [kinds, setKinds] = useState<Record<string, ChangeKind[]>>({})
  const [followers, setFollowers] = useState('')
  const [prompt, setPrompt] = useState<CrossingPromptView | null>(null)

  async function run (what: () => Promise<string | null>) {
    if (busy) return
    setBusy(true)
    try {
      const ok = await what()
      if (ok !== null) setSaid({ tone: 'success', text: ok })
    } catch (e) {
      setSaid({ tone: 'danger', text: e instanceof ApiError ? e.message : U.loadFailed })
    } finally {
      setBusy(false)
      await load()
    }
  }
  const toggle = (id: string, k: ChangeKind) => {
    const cur = kinds[id] ?? []
    setKinds({ ...kinds, [id]: cur.includes(k) ? cur.filter((x) => x !== k) : [...cur, k] })
  }
  function saveFollowers () {
    const n = Number(followers)
    if (followers.trim() === '' || !Number.isInteger(n) || n < 0) { setSaid({ tone: 'danger', text: U.followersInvalid }); return }
    void run(async () => {
      const out = await reportFollowers(n)
      setPrompt(out.prompt)
      return out.prompt ? null : U.followersSaved
    })
  }
  function fileNow (p: CrossingPromptView) {
    // The wizard takes the self-check's answers (with the new count) as its basis and prefill.
    handSelfCheckToWizard(p.answers, new Date())
    openPage(paths.wizard({ fresh: true }))
  }

  return (
    <Screen className='upkeep'>
      <View className='card'>
        <View className='card-title'>{U.title}</View>
        <View className='muted'>{U.intro}</View>
      </View>
      {said !== null ? <Notice tone={said.tone} testId='upkeep-said'>{said.text}</Notice> : null}
      {error !== null && data === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void load() }} /> : null}
      {data === null && error === null ? <Skeleton cards={2} /> : null}
      {prompt !== null
        ? (
          <View className='card' data-testid='crossing-prompt' role='alert'>
            <View className='card-title'>{U.crossedTitle}</View>
            <View>{prompt.message}</View>
            <Button testId='crossing-file' onTap={() => fileNow(prompt)}>{U.fileNow}</Button>
          </View>
          )
        : null}
      {data?.selfCheck
        ? (
          <View className='card' data-testid='upkeep-followers'>
            <View className='card-title'>{U.followersTitle}</View>
            <View className='muted'>{U.followersIntro}</View>
            <TextField label={U.followers} path='followers' value={followers} placeholder={data.selfCheck.followers !== null ? String(data.selfCheck.followers) : U.followersPlaceholder} type='number' maxlength={10} onChange={setFollowers} />
            <Button kind='secondary' testId='followers-save' busy={busy} onTap={saveFollowers}>{U.followersSave}</Button>
          </View>
          )
        : null}
      {data !== null && data.items.length === 0 && !data.selfCheck ? <View className='card muted' data-testid='upkeep-none'>{U.none}</View> : null}
      {data?.items.map((f, i) => (
        <CellGroup key={f.filingId} title={f.accountNames.join('、')} testId={`upkeep-${i}`}>
          {f.filingNumber ? <Cell label='备案号' value={f.filingNumber} /> : null}
          {f.change
            ? (
              <Cell label={f.change.kindsLabel} testId={`upkeep-${i}-change`}>
                <Tag tone={f.change.status === 'filed' ? 'success' : f.change.status === 'overdue' ? 'danger' : 'warn'}>{f.change.statusLabel}</Tag>
              </Cell>
              )
            : null}
          {f.change?.status === 'open' ? <Button kind='plain' testId={`upkeep-${i}-amend`} onTap={() => openPage(paths.filingDetail(f.filingId))}>{U.amend}</Button> : null}
          <View className='upkeep__block'>
            <Text className='muted'>{U.changeKinds}</Text>
            {CHANGE_KINDS.map((k) => <CheckRow key={k} checked={(kinds[f.filingId] ?? []).includes(k)} label={CHANGE_KIND_LABELS[k]} testId={`upkeep-${i}-${k}`} onToggle={() => toggle(f.filingId, k)} />)}
            <Button kind='secondary' testId={`upkeep-${i}-report`} busy={busy} onTap={() => {
              const chosen = kinds[f.filingId] ?? []
              if (chosen.length === 0) { setSaid({ tone: 'danger', text: U.changeNeeded }); return }
              void run(async () => { await reportChange(f.filingId, chosen); setKinds({ ...kinds, [f.filingId]: [] }); return U.changeReported })
            }}
            >{U.changeReport}</Button>
          </View>
          <View className='upkeep__block'>
            <CheckRow checked={f.listed} label={U.directory} testId={`upkeep-${i}-listed`} onToggle={() => { void run(async () => U.directorySaved((await setListed(f.filingId, !f.listed)).listed)) }} />
            <Text className='muted'>{data.consentText}</Text>
          </View>
        </CellGroup>
      ))}
    </Screen>
  )
}
