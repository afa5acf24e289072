import { useState } from 'react'
import { View, Text, Input, ScrollView } from '@tarojs/components'
import { COMMON_RETURN_REASONS, DecisionSchema, type ReturnReason } from '../../../core/schemas/decision'
import { isKnownFieldPath } from '../../../core/schemas/field-labels'
import { Button } from '../../ui'
import type { FieldRow, Section } from '../fields'
import { T } from '../texts'

export interface ReturnGroup { title: string, rows: FieldRow[] }

export function returnGroups (sections: Section[], documents: FieldRow[]): ReturnGroup[] {
  // Only fields the applicant can correct: the self-check's verdict (备案依据) is the rule's, not theirs.
  const groups = sections.map((s) => ({ title: s.title, rows: s.rows.filter((r) => isKnownFieldPath(r.path)) }))
  if (documents.length > 0) groups.push({ title: T.sectionDocuments, rows: documents })
  return groups.filter((g) => g.rows.length > 0)
}

/**
 * 退回补正 (一次性告知): tick every field with a problem, give each a reason (one tap on a common
 * reason, or typed), send all at once. Checked with core's DecisionSchema before it leaves.
 */
export function ReturnForm ({ groups, busy, onSubmit, onCancel }: {
  groups: ReturnGroup[]
  busy: boolean
  onSubmit: (reasons: ReturnReason[]) => void
  onCancel: () => void
}) {
  const [picked, setPicked] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const labels = Object.fromEntries(groups.flatMap((g) => g.rows.map((r) => [r.path, `${g.title} · ${r.label}`])))
  const paths = Object.keys(picked)

  const toggle = (path: string) => {
    const next = { ...picked }
    if (path in next) delete next[path]
    else next[path] = ''
    setPicked(next)
    setFormError(null)
  }
  const setReason = (path: string, reason: string) => {
    setPicked({ ...picked, [path]: reason })
    if (reason.trim() !== '') setErrors({ ...errors, [path]: '' })
  }
  const addCommon = (path: string, reason: string) => {
    const cur = picked[path]?.trim() ?? ''
    setReason(path, cur === '' ? reason : cur.includes(reason) ? cur : `${cur}；${reason}`)
  }

  const submit = () => {
    if (paths.length === 0) { setFormError(T.noFieldPicked); return }
    const missing = Object.fromEntries(paths.filter((p) => picked[p].trim() === '').map((p) => [p, T.reasonMissing(labels[p] ?? p)]))
    setErrors(missing)
    if (Object.keys(missing).length > 0) { setFormError(Object.values(missing)[0]); return }
    const reasons = paths.map((field) => ({ field, reason: picked[field].trim() }))
    const parsed = DecisionSchema.safeParse({ decision: 'return', reasons })
    if (!parsed.success) { setFormError(parsed.error.issues[0]?.message ?? T.noFieldPicked); return }
    onSubmit(reasons)
  }

  return (
    <View className='card decide-form' data-testid='return-form'>
      <View className='card-title'>{T.returnTitle}</View>
      <View className='muted'>{T.returnHint}</View>
      {groups.map((g) => (
        <View key={g.title} className='rf-group'>
          <View className='rf-group__title'>{g.title}</View>
          {g.rows.map((r) => {
            const on = r.path in picked
            return (
              <View key={r.path} className={`rf-field ${on ? 'rf-field--on' : ''}`}>
                <View role='checkbox' aria-checked={on} className='rf-field__toggle' data-testid={`pick-${r.path}`} onClick={() => toggle(r.path)}>
                  <Text className='rf-field__box'>{on ? '☑' : '☐'}</Text>
                  <Text>{r.label}</Text>
                  {r.value !== '' ? <Text className='muted rf-field__value'>{r.value}</Text> : null}
                </View>
                {on
                  ? (
                    <View className='rf-field__reason'>
                      <View className='muted'>{T.pickReason}</View>
                      <ScrollView scrollX className='chips__row' enableFlex>
                        {COMMON_RETURN_REASONS.map((c) => (
                          <View key={c} className='chip' role='button' onClick={() => addCommon(r.path, c)}>{c}</View>
                        ))}
                      </ScrollView>
                      <Input
                        className={`field-input ${errors[r.path] ? 'field-input--error' : ''}`}
                        data-testid={`reason-${r.path}`}
                        value={picked[r.path]}
                        maxlength={200}
                        placeholder={T.reasonFor(r.label)}
                        onInput={(e) => setReason(r.path, e.detail.value)}
                      />
                      {errors[r.path] ? <Text className='error-text'>{errors[r.path]}</Text> : null}
                    </View>
                    )
                  : null}
              </View>
            )
          })}
        </View>
      ))}
      {formError !== null ? <View className='error-text' role='alert'>{formError}</View> : null}
      <Button kind='danger' testId='return-submit' busy={busy} onTap={submit}>{T.submitReturn(paths.length)}</Button>
      <Button kind='plain' onTap={onCancel}>{T.cancel}</Button>
    </View>
  )
}
