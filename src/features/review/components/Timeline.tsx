import { View, Text } from '@tarojs/components'
import { localDateTime } from '../../../core/local-time'
import { ACTION_LABELS, STATUS_LABELS, type FilingStatus, type WorkflowAction } from '../../../core/workflow'
import { fieldLabel } from '../../../core/schemas/field-labels'
import { FILING_AUDIT_LABELS } from '../../../core/filing/audit-labels'
import { jurisdiction } from '../../../config/jurisdiction'
import type { HistoryEntry } from '../api'
import { T } from '../texts'

const ROLE_LABELS: Readonly<Record<string, string>> = { owner: '申请人', reviewer: '审核员', admin: '管理员', system: '系统' }

function actionLabel (a: string): string {
  return ACTION_LABELS[a as WorkflowAction] ?? FILING_AUDIT_LABELS[a] ?? a
}

function detailLines (e: HistoryEntry): string[] {
  const d = e.detail
  const lines: string[] = []
  if (typeof d.to === 'string') lines.push(`→ ${STATUS_LABELS[d.to as FilingStatus] ?? d.to}`)
  if (typeof d.filingNumber === 'string') lines.push(`备案编号 ${d.filingNumber}`)
  if (typeof d.note === 'string') lines.push(d.note)
  if (typeof d.toName === 'string' && d.toName !== '') lines.push(`接收方 ${d.toName}`)
  if (typeof d.field === 'string') lines.push(fieldLabel(d.field))
  if (Array.isArray(d.reasons)) {
    for (const r of d.reasons as Array<{ field?: unknown, reason?: unknown }>) {
      if (typeof r?.field === 'string' && typeof r.reason === 'string') lines.push(`${fieldLabel(r.field)}：${r.reason}`)
    }
  }
  return lines
}

/** Every recorded step of the filing, newest first: who, when, what, why. */
export function Timeline ({ entries }: { entries: HistoryEntry[] }) {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <View className='card' data-testid='history'>
      <View className='card-title'>{T.sectionHistory}</View>
      {sorted.map((e, i) => (
        <View key={`${e.at}-${i}`} className='tl-item'>
          <View className='tl-item__head'>
            <Text className='tl-item__action'>{actionLabel(e.action)}</Text>
            <Text className='muted'>{localDateTime(e.at, jurisdiction.timezone).slice(0, 16)}</Text>
          </View>
          <View className='muted'>{e.actorName ?? ROLE_LABELS[e.actorRole] ?? e.actorRole}</View>
          {detailLines(e).map((l, j) => <View key={j} className='tl-item__line'>{l}</View>)}
        </View>
      ))}
    </View>
  )
}
