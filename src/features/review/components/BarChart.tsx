import { useEffect, useState } from 'react'
import { View, Canvas, Text } from '@tarojs/components'
import { canvas2d } from '../../../services/canvas'
import type { StatsRow } from '../summary'
import { T } from '../texts'

const BAR = '#0b5fd7'
const TEXT = '#1f2329'
const MUTED = '#4e5969'
const ROW_H = 30
const MAX_ROWS = 12

let seq = 0

/**
 * Horizontal bars drawn on a 2d canvas (no chart library: a few KB instead of hundreds). The
 * same numbers are listed below the chart, so screen readers and tests read them as text.
 */
export function BarChart ({ title, rows, testId }: { title: string, rows: StatsRow[], testId: string }) {
  const [id] = useState(() => `bar-chart-${++seq}`)
  const shown = rows.slice(0, MAX_ROWS)
  const height = Math.max(1, shown.length) * ROW_H + 8

  useEffect(() => {
    let live = true
    if (shown.length === 0) return
    void canvas2d(id).then((c) => {
      if (c === null || !live) return
      const { ctx, width } = c
      ctx.clearRect(0, 0, width, height)
      const max = Math.max(...shown.map((r) => r.count), 1)
      const labelW = Math.min(110, width * 0.34)
      const countW = 44
      const barMax = Math.max(10, width - labelW - countW - 8)
      ctx.font = '13px sans-serif'
      ctx.textBaseline = 'middle'
      shown.forEach((r, i) => {
        const y = 4 + i * ROW_H
        const mid = y + ROW_H / 2
        ctx.fillStyle = TEXT
        ctx.textAlign = 'right'
        ctx.fillText(r.label.length > 8 ? `${r.label.slice(0, 7)}…` : r.label, labelW - 6, mid)
        ctx.fillStyle = BAR
        ctx.fillRect(labelW, y + 6, Math.max(2, (r.count / max) * barMax), ROW_H - 12)
        ctx.fillStyle = MUTED
        ctx.textAlign = 'left'
        ctx.fillText(String(r.count), labelW + Math.max(2, (r.count / max) * barMax) + 6, mid)
      })
    })
    return () => { live = false }
  }, [id, rows, height])

  return (
    <View className='card chart' data-testid={testId}>
      <View className='card-title'>{title}</View>
      {shown.length === 0
        ? <View className='muted'>{T.noData}</View>
        : <Canvas type='2d' id={id} className='chart__canvas' style={{ height: `${height}px` }} />}
      <View className='chart__table'>
        {rows.map((r) => (
          <View key={r.key} className='chart__row'>
            <Text>{r.label}</Text>
            <Text className='chart__num'>{r.count}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
