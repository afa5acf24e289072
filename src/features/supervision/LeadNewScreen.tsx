import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, ProblemSummary, ProblemsProvider, Screen, SelectField, TextField, type Shown } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { platformOptions, publicTexts } from '../public'
import { ApiError } from '../../services/api'
import { openPage } from '../../services/nav'
import { scrollToTop } from '../../services/scroll'
import { createLead, importLeads, type LeadOutcome } from './api'
import { LongText, Notice, Section, Tabs } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

const PLATFORMS = platformOptions(jurisdiction, publicTexts(jurisdiction))
const TOWNS = jurisdiction.towns.map((t) => ({ value: t.code, label: t.name }))

/** "抖音,开平美食探店,dy123,赤坎镇" → a lead row; platform and town may be names or codes. */
export function parseListLine (line: string): Record<string, string> | null {
  const parts = line.split(/[,，\t]/).map((p) => p.trim())
  if (parts.length < 2 || !parts[0] || !parts[1]) return null
  const platform = PLATFORMS.find((p) => p.label === parts[0] || p.value === parts[0])?.value ?? parts[0]
  const town = parts[3] ? (jurisdiction.towns.find((t) => t.name === parts[3] || t.shortNames.includes(parts[3]) || t.code === parts[3])?.code ?? parts[3]) : ''
  return { platform, accountName: parts[1], accountId: parts[2] ?? '', town }
}

type Mode = 'sweep' | 'list'

/** 登记线索: one account found in a sweep, or a whole list (each row answered on its own). */
export function LeadNewScreen () {
  const [mode, setMode] = useState<Mode>('sweep')
  const [platform, setPlatform] = useState<string | undefined>(undefined)
  const [town, setTown] = useState<string | undefined>(undefined)
  const [accountName, setAccountName] = useState('')
  const [accountId, setAccountId] = useState('')
  const [note, setNote] = useState('')
  const [listName, setListName] = useState('')
  const [rows, setRows] = useState('')
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn', text: string } | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [outcomes, setOutcomes] = useState<Array<{ line: string, outcome: LeadOutcome | null }> | null>(null)
  const [shown, setShown] = useState<Shown>(new Map())
  // A field's message goes as soon as the field is changed (the summary above counts only what is still wrong).
  const edit = <V,>(path: string, set: (v: V) => void) => (v: V) => { set(v); setFields(({ [path]: _, ...rest }) => rest) }

  async function guard (what: () => Promise<void>) {
    if (busy) return
    setBusy(true)
    try { await what() } catch (e) {
      setNotice({ kind: 'warn', text: e instanceof ApiError ? e.message : S.loadFailed })
      if (e instanceof ApiError) setFields(e.fields)
      scrollToTop()
    } finally { setBusy(false) }
  }

  const addOne = () => guard(async () => {
    if (platform === undefined) { setFields({ platform: S.newLead.pickPlatform }); scrollToTop(); return }
    const outcome = await createLead({ platform, accountName, accountId, town: town ?? '', note })
    setFields({})
    if (outcome.status === 'created' || outcome.status === 'merged') { openPage(SV.lead(outcome.leadId)); return }
    setNotice({ kind: 'warn', text: outcome.status === 'filed' ? `${S.newLead.outcome.filed}${outcome.filingNumber ? `（${outcome.filingNumber}）` : ''}` : outcome.message })
  })

  const addList = () => guard(async () => {
    const lines = rows.split('\n').map((l) => l.trim()).filter(Boolean)
    const parsed = lines.map(parseListLine)
    const sendable = parsed.map((p) => p ?? { platform: '', accountName: '' })
    const out = await importLeads(listName, sendable)
    setOutcomes(lines.map((line, i) => ({ line, outcome: parsed[i] === null ? null : out.outcomes[i] })))
    setNotice({ kind: 'ok', text: S.newLead.summary(out.created, out.merged, out.filed, out.invalid) })
    setFields({})
  })

  return (
    <Screen className='review sv-lead-new'>
      <ProblemsProvider onChange={setShown}>
        <Tabs tabs={[{ key: 'sweep' as const, label: S.newLead.sweep }, { key: 'list' as const, label: S.newLead.list }]} current={mode} onPick={(m) => { setMode(m); setNotice(null); setFields({}) }} />
        <Notice notice={notice} />
        <ProblemSummary shown={shown} text={S.problems} testId='problems' />
        {mode === 'sweep'
          ? (
            <Section title={S.newLead.title}>
              <SelectField label={S.newLead.platform} path='platform' value={platform} options={PLATFORMS} error={fields.platform} onPick={edit('platform', setPlatform)} />
              <TextField label={S.newLead.accountName} path='accountName' value={accountName} maxlength={50} error={fields.accountName} onChange={edit('accountName', setAccountName)} />
              <TextField label={S.newLead.accountId} optional path='accountId' value={accountId} maxlength={64} error={fields.accountId} onChange={edit('accountId', setAccountId)} />
              <SelectField label={S.newLead.town} optional path='town' value={town} options={TOWNS} error={fields.town} onPick={edit('town', setTown)} />
              <LongText label={S.newLead.note} optional path='note' value={note} max={200} error={fields.note} onChange={edit('note', setNote)} />
              <Button testId='lead-create' busy={busy} onTap={() => { void addOne() }}>{S.newLead.add}</Button>
            </Section>
            )
          : (
            <Section title={S.newLead.list}>
              <TextField label={S.newLead.listName} path='listName' value={listName} placeholder={S.newLead.listNamePlaceholder} maxlength={40} error={fields.listName} onChange={edit('listName', setListName)} />
              <View className='muted'>{S.newLead.rowsHint}</View>
              <LongText label={S.newLead.rows} path='rows' value={rows} max={20000} placeholder={S.newLead.rowsPlaceholder} error={fields.rows} onChange={edit('rows', setRows)} />
              <Button testId='lead-import' busy={busy} onTap={() => { void addList() }}>{S.newLead.import}</Button>
              {(outcomes ?? []).map((o, i) => (
                <View key={`${i}-${o.line}`} className={`sv-outcome ${o.outcome === null || o.outcome.status === 'invalid' ? 'sv-outcome--invalid' : ''}`} data-testid='import-outcome'>
                  {S.newLead.rowLabel(i + 1, o.line)}：{o.outcome === null ? S.newLead.badRow : o.outcome.status === 'invalid' ? o.outcome.message : S.newLead.outcome[o.outcome.status]}
                </View>
              ))}
            </Section>
            )}
      </ProblemsProvider>
    </Screen>
  )
}
