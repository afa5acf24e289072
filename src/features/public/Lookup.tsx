import { useState, type ReactNode } from 'react'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { scrollIntoView } from '../../services/scroll'
import { QueryForm, Screen, SelectField, TextField } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { lookupFiling, type LookupQuery, type LookupResult } from './api'
import { checkFilingNumber, lookupAccountErrors, pick, platformOptions, type Errors } from './forms'
import { ResultCard } from './components/ResultCard'
import { publicTexts } from './texts'
import './public.scss'

type Mode = 'number' | 'account'
const t = publicTexts(jurisdiction)
const PLATFORMS = platformOptions(jurisdiction, t)

/** 备案查询: by filing number or by platform + account name; shows only public facts. */
export function Lookup ({ footer }: { footer?: ReactNode }) {
  const L = t.lookup
  const [mode, setMode] = useState<Mode>('number')
  const [number, setNumber] = useState('')
  const [platform, setPlatform] = useState<string | undefined>()
  const [accountName, setAccountName] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<LookupResult | null>(null)

  const changed = () => { setResult(null); setFailure(null) }
  const numberError = (raw: string): Errors => { const c = checkFilingNumber(raw, jurisdiction, t); return 'error' in c ? { filingNumber: c.error } : {} }

  /** The query to send, or the messages to show beside the fields. */
  function query (): { q: LookupQuery } | { errors: Errors } {
    if (mode === 'number') {
      const c = checkFilingNumber(number, jurisdiction, t)
      return 'error' in c ? { errors: { filingNumber: c.error } } : { q: { filingNumber: c.value } }
    }
    const e = lookupAccountErrors(platform, accountName, t)
    if (platform === undefined || Object.keys(e).length > 0) return { errors: e }
    return { q: { platform, accountName: accountName.trim() } }
  }

  async function search () {
    if (busy) return
    const checked = query()
    if ('errors' in checked) { setErrors(checked.errors); setResult(null); return }
    setErrors({})
    setFailure(null)
    setBusy(true)
    try {
      setResult(await lookupFiling(checked.q))
      scrollIntoView('.pub-result')
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(err.fields)
      else setFailure(err instanceof ApiError ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  function report () {
    openPage(paths.report(mode === 'account' && platform !== undefined ? { platform, accountName: accountName.trim() } : {}))
  }

  return (
    <Screen className='pub'>
      <QueryForm
        title={L.title}
        intro={L.intro}
        modeLabel={L.modeLabel}
        modePath='lookup.mode'
        mode={mode}
        modes={[{ value: 'number', label: L.byNumber }, { value: 'account', label: L.byAccount }]}
        onMode={(m) => { setMode(m); setErrors({}); changed() }}
        failure={failure}
        failureTestId='lookup-failure'
        action={{ label: L.search, testId: 'lookup-search', busy, onTap: () => { void search() } }}
        note={L.privacy}
      >
        {mode === 'number'
          ? (
            <TextField
              label={L.number}
              path='filingNumber'
              value={number}
              placeholder={L.numberPlaceholder}
              hint={L.numberHint}
              maxlength={64}
              error={errors.filingNumber}
              onChange={(v) => { setNumber(v); changed(); if (errors.filingNumber) setErrors(numberError(v)) }}
              onBlur={() => { if (number.trim() !== '') setErrors(numberError(number)) }}
            />
            )
          : (
            <>
              <SelectField label={L.platform} path='platform' value={platform} options={PLATFORMS} error={errors.platform} onPick={(v) => { setPlatform(v); changed(); setErrors({ ...errors, platform: '' }) }} />
              <TextField
                label={L.accountName}
                path='accountName'
                value={accountName}
                placeholder={L.accountNamePlaceholder}
                maxlength={60}
                error={errors.accountName}
                onChange={(v) => { setAccountName(v); changed() }}
                onBlur={() => setErrors({ ...errors, accountName: '', ...pick(lookupAccountErrors(platform, accountName, t), ['accountName']) })}
              />
            </>
            )}
      </QueryForm>
      {result !== null ? <ResultCard result={result} t={t} onStart={() => openPage(paths.wizard())} onReport={report} /> : null}
      {footer}
    </Screen>
  )
}
