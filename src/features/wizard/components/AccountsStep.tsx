import { View, Text } from '@tarojs/components'
import { ACCOUNT_KIND_LABELS, AccountKindSchema, CONTENT_CATEGORIES, type AccountKind } from '../../../core/schemas/account'
import { FIELD_LABELS } from '../../../core/schemas/field-labels'
import { detectPlaceNames } from '../../../core/place-names'
import { filingDueDate } from '../../../core/deadlines'
import { localDate } from '../../../core/local-time'
import { findPlatform } from '../../../core/jurisdiction/schema'
import { DateField, FieldFrame, FieldMessage, SelectField, TextField } from '../../ui'
import { confirm } from '../../../services/dialogs'
import { jurisdiction } from '../../../config/jurisdiction'
import { accountTitle, newAccount, splitList, type DraftAccount } from '../model'
import type { Wizard } from '../useWizard'
import { T } from '../texts'
import { Bound } from './Bound'
import { CatalogueFields } from './CatalogueFields'
import { AccountOwnership, selfMediaKey, useOwnershipCodes } from './AccountOwnership'

const PLATFORMS = jurisdiction.platforms.map((p) => ({ value: p.code, label: p.name }))
const CATEGORIES = CONTENT_CATEGORIES.map((c) => ({ value: c, label: c }))

function hints (a: DraftAccount, today: string): { name?: string, followers?: string, openedOn?: string } {
  const out: { name?: string, followers?: string, openedOn?: string } = {}
  const places = detectPlaceNames(accountTitle(a), jurisdiction)
  if (places.length > 0) out.name = T.placeHint(places.join('、'))
  if (a.kind === 'self_media' && a.platform) {
    const p = findPlatform(jurisdiction, a.platform)
    if (p && p.followerThreshold !== null && a.followers !== undefined && a.followers < p.followerThreshold) out.followers = T.belowThreshold(p.name, p.followerThreshold)
  }
  if (a.openedOn && /^\d{4}-\d{2}-\d{2}$/.test(a.openedOn)) {
    const due = filingDueDate(a.openedOn, jurisdiction)
    out.openedOn = due < today ? T.overdue(due) : T.dueDate(due)
  }
  return out
}

function AccountEditor ({ w, i, a, today, codes }: { w: Wizard, i: number, a: DraftAccount, today: string, codes: ReturnType<typeof useOwnershipCodes> }) {
  const p = `accounts.${i}`
  const more = a.kind ? <CatalogueFields w={w} group='account' prefix={p} subjectType={w.draft?.content.subject?.type} kind={a.kind} /> : null
  const h = hints(a, today)
  const err = (f: string) => w.errors[`${p}.${f}`]
  const flag = (f: string) => w.draft?.flagged[`${p}.${f}`]
  const pick = (f: string) => (v: string) => { w.update(`${p}.${f}`, v); w.touch(`${p}.${f}`) }
  if (a.kind === 'website') {
    return (
      <View>
        <Bound w={w} path={`${p}.name`} label='网站名称' hint={h.name} />
        <Bound w={w} path={`${p}.domain`} placeholder='如 example.com' />
        <Bound w={w} path={`${p}.url`} label='网站首页网址' optional url placeholder='如 www.example.com' />
        <Bound w={w} path={`${p}.icpNumber`} placeholder='如 粤ICP备12345678号' />
        <DateField label='开通日期' optional path={`${p}.openedOn`} value={a.openedOn} end={today} error={err('openedOn')} flagged={flag('openedOn')} hint={h.openedOn} onPick={pick('openedOn')} />
        {more}
      </View>
    )
  }
  if (a.kind === 'mini_program') {
    return (
      <View>
        <Bound w={w} path={`${p}.name`} label='小程序名称' hint={h.name} />
        <Bound w={w} path={`${p}.developer`} label='小程序开发者' placeholder={T.mpDeveloperPlaceholder} />
        <DateField label='上线日期' optional path={`${p}.openedOn`} value={a.openedOn} end={today} error={err('openedOn')} flagged={flag('openedOn')} hint={h.openedOn} onPick={pick('openedOn')} />
        {more}
      </View>
    )
  }
  if (a.kind === 'app') {
    return (
      <View>
        <Bound w={w} path={`${p}.name`} label='APP名称' hint={h.name} />
        <TextField
          label='上架的应用商店'
          path={`${p}.stores`}
          value={(a.stores ?? []).join('、')}
          placeholder={T.storesPlaceholder}
          error={err('stores')}
          flagged={flag('stores')}
          onChange={(v) => w.update(`${p}.stores`, splitList(v))}
          onBlur={() => w.touch(`${p}.stores`)}
        />
        <Bound w={w} path={`${p}.developer`} label='APP开发者' />
        <DateField label='上线日期' optional path={`${p}.openedOn`} value={a.openedOn} end={today} error={err('openedOn')} flagged={flag('openedOn')} hint={h.openedOn} onPick={pick('openedOn')} />
        {more}
      </View>
    )
  }
  return (
    <View>
      <SelectField label='所在平台' path={`${p}.platform`} value={a.platform} options={PLATFORMS} error={err('platform')} flagged={flag('platform')} onPick={pick('platform')} />
      {a.platform === 'other' ? <Bound w={w} path={`${p}.platformName`} /> : null}
      <Bound w={w} path={`${p}.accountName`} hint={h.name} />
      <Bound w={w} path={`${p}.accountId`} label='账号ID' hint='与主页链接至少填一项' />
      <Bound w={w} path={`${p}.homepage`} label='主页链接' optional url placeholder='如 www.douyin.com/user/…' />
      <Bound w={w} path={`${p}.followers`} type='number' numeric maxlength={10} hint={h.followers} />
      <DateField label='开通日期' path={`${p}.openedOn`} value={a.openedOn} end={today} error={err('openedOn')} flagged={flag('openedOn')} hint={h.openedOn} onPick={pick('openedOn')} />
      <SelectField label='内容类别' path={`${p}.category`} value={a.category} options={CATEGORIES} error={err('category')} flagged={flag('category')} onPick={pick('category')} />
      {more}
      <AccountOwnership w={w} index={i} account={a} codes={codes} />
    </View>
  )
}

/** The names of the fields of account i that have a message ('开通日期、内容类别'). */
function problemNames (w: Wizard, i: number): string[] {
  return Object.keys(w.errors)
    .filter((k) => k.startsWith(`accounts.${i}.`))
    .map((k) => FIELD_LABELS[k.replace(/^accounts\.\d+\./, 'accounts.*.')] ?? k)
}

/** Step 2: the websites, apps and accounts to file; several, each with its own fields. */
export function AccountsStep ({ w }: { w: Wizard }) {
  const accounts = w.draft?.content.accounts ?? []
  const onAccount = (i: number) => (k: string) => k === `accounts.${i}` || k.startsWith(`accounts.${i}.`)
  // A returned filing opens on the first account the office flagged (its reasons sit on its
  // fields); otherwise on the last one, the one most likely being filled in.
  const flaggedFirst = accounts.findIndex((_, i) => Object.keys(w.draft?.flagged ?? {}).some(onAccount(i)))
  const open = w.openAccount ?? (accounts.length === 0 ? null : flaggedFirst >= 0 ? flaggedFirst : accounts.length - 1)
  const today = localDate(new Date(), jurisdiction.timezone)
  const codes = useOwnershipCodes(w.draft?.cloudId, accounts.map(selfMediaKey))

  function add (kind: AccountKind) {
    w.update('accounts', [...accounts, newAccount(kind)])
    w.setOpenAccount(accounts.length)
  }

  /** 完成此账号 folds the editor only when the account is complete; otherwise its messages show. */
  function finish (i: number) {
    if (w.check(`accounts.${i}`)) w.setOpenAccount(-1)
  }

  async function remove (i: number) {
    const ok = await confirm({ title: T.removeTitle, content: T.removeConfirm(accountTitle(accounts[i]) || T.unnamed), danger: true, confirmText: T.removeAccount })
    if (!ok) return
    w.update('accounts', accounts.filter((_, j) => j !== i))
    w.setOpenAccount(-1)
  }

  return (
    <View>
      <View className='card'>
        <View className='card-title'>{T.accountsTitle}</View>
        {accounts.length === 0 ? <View className='muted'>{T.accountsEmpty}</View> : null}
        <FieldMessage problemKey='accounts' label={T.accountsLabel} message={w.errors.accounts} />
      </View>
      {accounts.map((a, i) => {
        const names = problemNames(w, i)
        const flags = Object.keys(w.draft?.flagged ?? {}).filter(onAccount(i))
        const isOpen = open === i
        const kind = a.kind ? ACCOUNT_KIND_LABELS[a.kind] : ''
        return (
          <View key={a.id ?? i} className={`card account ${names.length > 0 || flags.length > 0 ? 'account--attention' : ''}`} data-testid='account-card'>
            <View className='account__head' role='button' aria-expanded={isOpen} onClick={() => w.setOpenAccount(isOpen ? -1 : i)}>
              <Text className='account__kind'>{kind}{i + 1}</Text>
              <Text className='account__name'>{accountTitle(a) || T.unnamed}</Text>
              {!isOpen && flags.length > 0 && names.length === 0 ? <Text className='error-text account__todo'>{T.flaggedCount(flags.length)}</Text> : null}
            </View>
            {/* Folded, the account still names what is missing in it. */}
            {!isOpen ? <View className='account__todo'><FieldMessage problemKey={`accounts.${i}.folded`} label={`${kind}${i + 1}：${names.join('、')}`} message={names.length > 0 ? T.accountTodo(names.join('、')) : undefined} /></View> : null}
            <FieldMessage problemKey={`accounts.${i}`} label={`${kind}${i + 1}`} message={w.errors[`accounts.${i}`]} />
            {w.draft?.flagged[`accounts.${i}`] ? <View className='field-flag'>需修改：{w.draft.flagged[`accounts.${i}`]}</View> : null}
            {isOpen ? <AccountEditor w={w} i={i} a={a} today={today} codes={codes} /> : null}
            <View className='account__actions'>
              <View className='link-btn' role='button' data-testid={isOpen ? 'account-done' : 'account-edit'} onClick={() => (isOpen ? finish(i) : w.setOpenAccount(i))}>{isOpen ? T.doneAccount : T.editAccount}</View>
              <View className='link-btn link-btn--danger' role='button' onClick={() => { void remove(i) }}>{T.removeAccount}</View>
            </View>
          </View>
        )
      })}
      <View className='card'>
        <FieldFrame label={accounts.length === 0 ? T.addAccount : T.addAnother} path='accounts.add'>
          <View className='add-kinds'>
            {AccountKindSchema.options.map((k) => (
              <View key={k} role='button' className='choice' data-testid={`add-${k}`} onClick={() => add(k)}>
                <Text>{`＋ ${ACCOUNT_KIND_LABELS[k]}`}</Text>
              </View>
            ))}
          </View>
        </FieldFrame>
      </View>
    </View>
  )
}
