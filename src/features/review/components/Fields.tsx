import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { ApiError } from '../../../services/api'
import { revealId } from '../api'
import type { Section } from '../fields'
import { T } from '../texts'

/** A masked ID number with 显示: the backend records every reveal before answering. */
function IdValue ({ filingId, masked, field }: { filingId: string, masked: string, field: 'subject.idNumber' | 'operator.idNumber' }) {
  const [value, setValue] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function show () {
    setBusy(true)
    try {
      const v = await revealId(filingId, field)
      setValue(v ?? T.revealEmpty)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '查看失败，请重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='kv__value id-value'>
      <Text data-testid={`id-${field}`} selectable>{value ?? masked}</Text>
      {value === null
        ? <View className='reveal-btn' role='button' data-testid={`reveal-${field}`} onClick={() => { if (!busy) void show() }}>{busy ? T.revealing : T.reveal}</View>
        : null}
      {value === null ? <View className='muted kv__note'>{T.revealNote}</View> : null}
      {error !== null ? <View className='error-text'>{error}</View> : null}
    </View>
  )
}

/** Every field the applicant filled, with the return reason it carries now (if any). */
export function Fields ({ filingId, sections, flagged }: { filingId: string, sections: Section[], flagged: Record<string, string> }) {
  return (
    <View>
      {sections.map((s) => (
        <View key={s.key} className='card' data-testid={`section-${s.key}`}>
          <View className='card-title'>{s.title}</View>
          {s.rows.map((r) => (
            <View key={r.path} className={`kv ${flagged[r.path] ? 'kv--flagged' : ''}`}>
              <Text className='kv__label'>{r.label}</Text>
              {r.sensitive !== undefined
                ? <IdValue filingId={filingId} masked={r.value} field={r.sensitive} />
                : <Text className='kv__value' selectable>{r.value}</Text>}
              {flagged[r.path] ? <View className='field-flag'>{flagged[r.path]}</View> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
