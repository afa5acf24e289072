import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { OCR_FIELD_LABELS, OWNERSHIP_CHECKS, OWNERSHIP_CHECK_LABELS, type OcrKind, type OwnershipCheck, type OwnershipChecklist } from '../../core/trust'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../core/schemas/documents'
import { fieldLabel } from '../../core/schemas/field-labels'
import { localDateTime } from '../../core/local-time'
import { ApiError } from '../../services/api'
import { openOrCopyLink } from '../../services/external'
import { tell, toast } from '../../services/dialogs'
import { saveOwnershipCheck, type AccountTrustRow, type TrustView } from './api'
import { TT } from './texts'
import './trust.scss'

const kindLabel = (k: string) => DOCUMENT_KIND_LABELS[k as DocumentKind] ?? k

async function open (url: string, copy: string | null) {
  if ((await openOrCopyLink(url)) === 'copied') tell('已复制链接', copy ? TT.linkAndNumberCopied(copy) : TT.linkCopied)
}

/** Cross-check flags (typed vs read, unverified phones) and what OCR read, for the reviewer. */
export function TrustFlags ({ trust, content, timezone }: { trust: TrustView, content: { subject?: { type?: string } }, timezone: string }) {
  return (
    <View className='card' data-testid='trust-flags'>
      <View className='card-title'>{TT.reviewTrustTitle}</View>
      <View className='muted'>{trust.flagsAt !== null ? TT.reviewFlagsAt(localDateTime(trust.flagsAt, timezone).slice(0, 16)) : TT.reviewFlagsNow}</View>
      {trust.flags.length === 0 ? <View className='hint'>{TT.reviewNoFlags}</View> : null}
      {trust.flags.map((f, i) => (
        <View key={`${f.path}-${f.code}-${i}`} className='trust-flag' data-testid={`trust-flag-${f.path}`} data-level={f.level}>
          <Text className={`trust-flag__level trust-flag__level--${f.level}`}>{TT.levelLabels[f.level]}</Text>
          <Text>{fieldLabel(f.path, content)}：{f.message}</Text>
          {f.typed !== undefined || f.read !== undefined
            ? <View className='trust-flag__values'>{f.typed !== undefined ? `${TT.reviewTyped}：${f.typed}` : ''}{f.typed !== undefined && f.read !== undefined ? '；' : ''}{f.read !== undefined ? `${TT.reviewRead}：${f.read}` : ''}</View>
            : null}
        </View>
      ))}
      {trust.readings.length > 0
        ? (
          <View data-testid='trust-readings'>
            <View className='field-label'>{TT.reviewReadings}</View>
            {trust.readings.map((r) => (
              <View key={`${r.kind}-${r.at}`} className='muted'>
                {kindLabel(r.kind)}：{Object.entries(r.fields).map(([k, v]) => `${OCR_FIELD_LABELS[r.kind as OcrKind]?.[k] ?? k} ${v}`).join('；')}
              </View>
            ))}
          </View>
          )
        : null}
    </View>
  )
}

function AccountChecklist ({ filingId, a, timezone, canEdit }: { filingId: string, a: AccountTrustRow, timezone: string, canEdit: boolean }) {
  const [checks, setChecks] = useState<OwnershipChecklist>(a.checks as OwnershipChecklist)
  const [note, setNote] = useState(a.note)
  const [saved, setSaved] = useState<{ by: string | null, at: string | null }>({ by: a.checkedBy, at: a.checkedAt })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const items: OwnershipCheck[] = a.kind === 'self_media' ? [...OWNERSHIP_CHECKS] : ['homepageOpens', 'nameMatches']

  async function save () {
    setBusy(true)
    setError(null)
    try {
      const r = await saveOwnershipCheck(filingId, a.accountKey, checks, note)
      setSaved({ by: '我', at: r.checkedAt })
      toast(TT.reviewCheckSaved, 'success')
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='trust-account' data-testid={`trust-account-${a.index}`}>
      <View className='trust-account__title'>{a.label}</View>
      {a.code !== null ? <View className='ownership__code' data-testid={`trust-code-${a.index}`}>{TT.reviewCode(a.code)}</View> : null}
      {a.phrase !== null ? <View className='muted'>{a.phrase}</View> : null}
      <View>
        {a.homepage !== null ? <View role='link' className='trust-link' onClick={() => { void open(a.homepage as string, null) }}>{TT.reviewOpenHome}</View> : null}
        {a.links.map((l) => <View key={l.label} role='link' className='trust-link' data-testid={`trust-link-${a.index}`} onClick={() => { void open(l.url, l.copy) }}>{l.label}</View>)}
      </View>
      {items.map((k) => (
        <View key={k} className='trust-check' role='radiogroup' aria-label={OWNERSHIP_CHECK_LABELS[k]}>
          <Text>{OWNERSHIP_CHECK_LABELS[k]}</Text>
          <View className='trust-check__opts'>
            {([true, false] as const).map((v) => (
              <View
                key={String(v)}
                role='radio'
                aria-checked={checks[k] === v}
                data-testid={`trust-check-${a.index}-${k}-${v ? 'yes' : 'no'}`}
                className={`trust-check__opt ${checks[k] === v ? (v ? 'trust-check__opt--yes' : 'trust-check__opt--no') : ''}`}
                onClick={() => { if (canEdit) setChecks((c) => ({ ...c, [k]: v })) }}
              >
                {v ? TT.reviewYes : TT.reviewNo}
              </View>
            ))}
          </View>
        </View>
      ))}
      {canEdit
        ? (
          <View>
            <Input className='field-input' aria-label={TT.reviewNote} placeholder={TT.reviewNote} value={note} maxlength={200} onInput={(e) => setNote(e.detail.value)} />
            <View role='button' className='phone-verify__btn' data-testid={`trust-save-${a.index}`} onClick={() => { if (!busy) void save() }}>{busy ? '请稍候…' : TT.reviewCheckSave}</View>
          </View>
          )
        : null}
      {saved.at !== null ? <View className='muted' data-testid={`trust-saved-${a.index}`}>{TT.reviewCheckedBy(saved.by ?? '', localDateTime(saved.at, timezone).slice(0, 16))}</View> : null}
      {error !== null ? <View className='error-text' role='alert'>{error}</View> : null}
    </View>
  )
}

/** Per account: ownership code, public register links, and the reviewer's checklist (audited). */
export function AccountChecks ({ filingId, trust, timezone, canEdit }: { filingId: string, trust: TrustView, timezone: string, canEdit: boolean }) {
  if (trust.accounts.length === 0) return null
  return (
    <View className='card' data-testid='trust-accounts'>
      <View className='card-title'>{TT.reviewAccountsTitle}</View>
      {trust.accounts.map((a) => <AccountChecklist key={a.accountKey} filingId={filingId} a={a} timezone={timezone} canEdit={canEdit} />)}
    </View>
  )
}
