import { useCallback, useEffect, useMemo, useState } from 'react'
import { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, LoadError, Notice, Screen, Skeleton, Tag } from '../../../../features/ui'
import { statusTone } from '../../../../core/status'
import { ApiError } from '../../../../services/api'
import { paths } from '../../../../core/routes'
import { openPage, pageQuery, stopPullDownRefresh } from '../../../../services/nav'
import { confirm } from '../../../../services/dialogs'
import { scrollIntoView, scrollToTop } from '../../../../services/scroll'
import type { Decision } from '../../../../core/schemas/decision'
import type { WorkflowAction } from '../../../../core/workflow'
import { fieldLabel } from '../../../../core/schemas/field-labels'
import { localDateTime } from '../../../../core/local-time'
import { jurisdiction } from '../../../../config/jurisdiction'
import { decide, loadFiling, type FilingDetail } from '../../../../features/review/api'
import { describeFiling, documentPaths, placeHints } from '../../../../features/review/fields'
import { markQueueStale } from '../../../../features/review/useQueue'
import { Fields } from '../../../../features/review/components/Fields'
import { Documents } from '../../../../features/review/components/Documents'
import { RegistrationFormCard } from '../../../../features/wizard/components/RegistrationFormCard'
import { Timeline } from '../../../../features/review/components/Timeline'
import { ReturnForm, returnGroups } from '../../../../features/review/components/ReturnForm'
import { RejectForm } from '../../../../features/review/components/RejectForm'
import { T } from '../../../../features/review/texts'
import { AccountChecks, TrustFlags } from '../../../../features/trust/review'
import { canOpenCaseFor } from '../../../../core/supervision/case-subject'
import '../../../../features/review/review.scss'

type Mode = 'view' | 'return' | 'reject'

/** One filing under review: every field and document, hints, history, and the three decisions. */
export default function DetailPage () {
  const id = pageQuery().id ?? ''
  const [detail, setDetail] = useState<FilingDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn', text: string } | null>(null)
  const [mode, setMode] = useState<Mode>('view')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setDetail(await loadFiling(id))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : T.loadFailed)
    }
  }, [id])
  useEffect(() => { void load() }, [load])
  useEffect(() => {
    // Bring the form under the thumb; the page keeps its position when the form closes.
    if (mode !== 'view') scrollIntoView('.decide-form', 200)
  }, [mode])
  usePullDownRefresh(() => { void load().finally(stopPullDownRefresh) })

  const sections = useMemo(() => (detail ? describeFiling(detail.content, jurisdiction) : []), [detail])
  const hints = useMemo(() => (detail ? placeHints(detail.content, jurisdiction) : []), [detail])
  const flagged = useMemo(() => Object.fromEntries((detail?.returnReasons ?? []).map((r) => [r.field, r.reason])), [detail])

  async function send (decision: Decision) {
    if (detail === null) return
    setBusy(true)
    try {
      const out = await decide(detail.id, detail.version, decision)
      markQueueStale()
      setMode('view')
      setNotice({
        kind: 'ok',
        text: decision.decision === 'approve'
          ? (out.filingNumber !== null ? T.approvedWithNumber(out.filingNumber) : T.approvedDone)
          : decision.decision === 'return' ? T.returnedDone : T.rejectedDone
      })
      await load()
      scrollToTop()
    } catch (e) {
      if (e instanceof ApiError && e.code === 'conflict') {
        markQueueStale()
        setMode('view')
        setNotice({ kind: 'warn', text: T.conflict })
        await load()
        scrollToTop()
      } else {
        setNotice({ kind: 'warn', text: e instanceof ApiError ? e.message : '操作失败，请重试' })
      }
    } finally {
      setBusy(false)
    }
  }

  async function approve () {
    if (await confirm({ title: T.approveTitle, content: T.approveConfirm, confirmText: T.approve })) void send({ decision: 'approve' })
  }

  /** 退回 is a decision like 通过: it asks first, naming what goes back to the applicant. */
  async function sendReturn (reasons: Array<{ field: string, reason: string }>) {
    const names = reasons.map((r) => fieldLabel(r.field, detail?.content)).join('、')
    if (await confirm({ title: T.returnConfirmTitle, content: T.returnConfirm(reasons.length, names), confirmText: T.returnShort })) void send({ decision: 'return', reasons })
  }

  const can = (a: WorkflowAction) => detail?.availableActions.includes(a) === true
  const anyAction = can('approve') || can('return') || can('reject')

  const decideBar = detail !== null && mode === 'view' && anyAction
    ? (
      <View className='footer-bar decide-bar' role='region' aria-label={T.decideBarLabel} data-testid='decide-bar'>
        {can('approve') ? <Button inline busy={busy} busyText='…' testId='decide-approve' onTap={() => { void approve() }}>{T.approve}</Button> : null}
        {can('return') ? <Button inline kind='secondary' testId='decide-return' onTap={() => setMode('return')}>{T.returnForFix}</Button> : null}
        {can('reject') ? <Button inline kind='danger' testId='decide-reject' onTap={() => setMode('reject')}>{T.reject}</Button> : null}
      </View>
      )
    : null
  return (
    <Screen className='review-detail' footer={decideBar} footerKind='bar'>
      {notice !== null ? <Notice tone={notice.kind === 'ok' ? 'success' : 'warn'} testId='notice'>{notice.text}</Notice> : null}
      {error !== null && detail === null ? <LoadError message={error} onRetry={() => { setError(null); void load() }} /> : null}
      {error !== null && detail !== null ? <Notice tone='danger'>{error}</Notice> : null}
      {detail === null && error === null ? <Skeleton cards={3} lines={3} /> : null}
      {detail !== null
        ? (
          <View>
            <View className='card' data-testid='detail-head'>
              <View className='q-row__head'>
                <Text className='q-row__name'>{detail.accountNames.join('、') || T.untitled}</Text>
                <Tag tone={statusTone(detail.status)}>{detail.statusLabel}</Tag>
              </View>
              {detail.filingNumber !== null ? <View className='detail-number' data-testid='filing-number'>备案编号 {detail.filingNumber}</View> : null}
              <View className='muted'>{detail.submittedAt !== null ? `${T.submittedAt} ${localDateTime(detail.submittedAt, jurisdiction.timezone).slice(0, 16)}` : T.notSubmitted}</View>
              {detail.reviewDaysLeft !== null
                ? <View className={detail.reviewDaysLeft < 0 ? 'q-row__due q-row__due--late' : 'q-row__due'}>{T.daysLeft(detail.reviewDaysLeft)}</View>
                : null}
            </View>
            {detail.recusalMessage !== null ? <View className='card notice notice--warn' data-testid='recusal'>{detail.recusalMessage}</View> : null}
            <View className='card' data-testid='reach'>
              <View className={detail.reach.notifiable ? 'hint' : 'hint hint--warn'}>{detail.reach.notifiable ? T.reachOk : T.reachNone(detail.reach.phone)}</View>
            </View>
            {hints.length > 0
              ? (
                <View className='card' data-testid='hints'>
                  <View className='card-title'>{T.sectionHints}</View>
                  {hints.map((h) => <View key={h.account} className={h.places.length > 0 ? 'hint' : 'hint hint--warn'}>{h.places.length > 0 ? T.placeHint(h.account, h.places) : `“${h.account}”：${T.noPlaceHint}`}</View>)}
                </View>
                )
              : null}
            {detail.duplicates.length > 0
              ? (
                <View className='card' data-testid='duplicates'>
                  <View className='card-title'>{T.sectionDuplicates}</View>
                  {detail.duplicates.map((d) => (
                    <View key={d.id} className='hint hint--warn' onClick={() => openPage(paths.adminDetail(d.id))}>
                      {T.duplicateHint(d.accountNames, d.subjectName, d.statusLabel, d.filingNumber)}
                    </View>
                  ))}
                </View>
                )
              : null}
            <TrustFlags trust={detail.trust} content={detail.content} timezone={jurisdiction.timezone} />
            {detail.rejectReason !== null
              ? <View className='card'><View className='card-title'>{T.sectionReject}</View><View>{detail.rejectReason}</View></View>
              : null}
            {detail.changesSinceReturn.length > 0
              ? (
                <CellGroup title={T.sectionChanges} testId='changes'>
                  {detail.changesSinceReturn.map((c) => <Cell key={c.path} label={c.label} value={c.after === '' ? T.changeCleared : c.after} hint={c.before === '' ? T.changeAdded : T.changeBefore(c.before)} stacked />)}
                </CellGroup>
                )
              : null}
            {detail.returnReasons.length > 0
              ? (
                <View className='card' data-testid='return-reasons'>
                  <View className='card-title'>{T.sectionReturnReasons}</View>
                  {detail.returnReasons.map((r) => <View key={r.field} className='hint hint--warn'>{fieldLabel(r.field, detail.content)}：{r.reason}</View>)}
                </View>
                )
              : null}
            <Fields filingId={detail.id} sections={sections} flagged={flagged} />
            <Documents content={detail.content} links={detail.documentLinks} />
            <RegistrationFormCard content={detail.content} stored={detail.registrationForm} forStaff />
            <AccountChecks filingId={detail.id} trust={detail.trust} timezone={jurisdiction.timezone} canEdit={anyAction} />
            <Timeline entries={detail.history} />
            {mode === 'return'
              ? <ReturnForm groups={returnGroups(sections, documentPaths(detail.content))} busy={busy} onCancel={() => setMode('view')} onSubmit={(reasons) => { void sendReturn(reasons) }} />
              : null}
            {mode === 'reject'
              ? <RejectForm busy={busy} onCancel={() => setMode('view')} onSubmit={(reason) => { void send({ decision: 'reject', reason }) }} />
              : null}
            {mode === 'view' && !anyAction ? <View className='muted q-foot'>{T.noActions}</View> : null}
            {mode === 'view' && canOpenCaseFor(detail)
              ? <Button kind='secondary' testId='open-case' onTap={() => openPage(paths.svCase({ filing: detail.id }))}>{T.openCase}</Button>
              : null}
            {mode === 'view' && can('cancel')
              ? <Button kind='danger' testId='office-cancel' onTap={() => openPage(paths.adminCancel(detail.id))}>{T.officeCancel}</Button>
              : null}
          </View>
          )
        : null}
    </Screen>
  )
}
