import { useEffect, useState } from 'react'
import { View, Canvas, Text } from '@tarojs/components'
import { Axis, Canvas as F2Canvas, Chart, Interval, Legend, jsx, type CanvasProps } from '@antv/f2'
import { chartCanvas } from '../../services/chart-canvas'
import { D } from './texts'

/** One bar: `label`, its `value`, and (for stacked charts) which `series` it belongs to. */
export interface Bar {
  label: string
  value: number
  series?: string
}

const BLUE = '#0b5fd7'
const SERIES_COLORS = ['#0b5fd7', '#d25f00']
const ROW_PX = 40
let seq = 0

/**
 * F2's element factory without JSX (our JSX is React's). Its typings only fit F2's own JSX
 * transform, so the factory is typed here once: an element of F2 carries the props to build from.
 */
const h = jsx as unknown as (type: unknown, props: Record<string, unknown>) => { props: CanvasProps }

/** Chart sizes in the 750-wide design, as the rest of the styles; F2 draws in CSS pixels. */
const px2hd = (v: number) => v / 2

/**
 * Horizontal bars drawn by AntV F2 on a 2d canvas (weapp through the canvas node, h5 through the
 * element). The numbers are also listed below as text, for screen readers and quick reading.
 */
export function F2Bars ({ testId, title, bars, series, table, head }: { testId: string, title: string, bars: Bar[], series?: string[], table?: Array<{ key: string, cells: string[] }>, head?: readonly string[] }) {
  const [id] = useState(() => `f2-chart-${++seq}`)
  const [drawn, setDrawn] = useState(false)
  const labels = [...new Set(bars.map((b) => b.label))]
  const height = Math.max(2, labels.length) * ROW_PX + (series ? 72 : 44)
  // Whole numbers only on the value axis: counts have no fractions.
  const totals = labels.map((l) => bars.filter((b) => b.label === l).reduce((n, b) => n + b.value, 0))
  const step = Math.max(1, Math.ceil(Math.max(1, ...totals) / 4))
  const data = JSON.stringify(bars)

  useEffect(() => {
    if (bars.length === 0) return
    let live = true
    let chart: F2Canvas | null = null
    void chartCanvas(id).then(async (c) => {
      if (c === null || !live) return
      const element = h(F2Canvas, {
        context: c.context,
        width: c.width,
        height: c.height,
        pixelRatio: c.pixelRatio,
        requestAnimationFrame: c.requestAnimationFrame,
        cancelAnimationFrame: c.cancelAnimationFrame,
        createImage: c.createImage,
        animate: false,
        px2hd,
        children: h(Chart, {
          data: bars.map((b) => ({ ...b })),
          coord: { transposed: true },
          scale: { value: { min: 0, max: step * 4, tickInterval: step } },
          children: [
            h(Axis, { field: 'label', style: { label: { fontSize: '24px', fill: '#1f2329' } } }),
            h(Axis, { field: 'value', style: { label: { fontSize: '22px', fill: '#4e5969' } } }),
            series
              ? h(Interval, { x: 'label', y: 'value', color: { field: 'series', range: SERIES_COLORS }, adjust: 'stack' })
              : h(Interval, { x: 'label', y: 'value', color: BLUE }),
            series ? h(Legend, { position: 'top' }) : null
          ]
        })
      })
      chart = new F2Canvas(element.props)
      await chart.render()
      if (live) setDrawn(true)
    })
    return () => {
      live = false
      chart?.destroy()
    }
    // Redraw when the numbers change, not on every render.
  }, [id, data, height, step])

  return (
    <View className='card chart' data-testid={testId} data-drawn={drawn ? 'yes' : 'no'}>
      <View className='card-title'>{title}</View>
      {bars.length === 0
        ? <View className='muted'>{D.noData}</View>
        : <Canvas type='2d' id={id} className='chart__canvas' style={{ height: `${height}px` }} aria-label={title} />}
      <View className='chart__table'>
        {head ? <View className='chart__head'>{head.map((h, i) => <Text key={i}>{h}</Text>)}</View> : null}
        {(table ?? bars.map((b) => ({ key: `${b.label}-${b.series ?? ''}`, cells: [b.series ? `${b.label}（${b.series}）` : b.label, String(b.value)] }))).map((r) => (
          <View key={r.key} className='chart__row'>
            {r.cells.map((cell, i) => <Text key={i} className={i === r.cells.length - 1 ? 'chart__num' : ''}>{cell}</Text>)}
          </View>
        ))}
      </View>
    </View>
  )
}
