import { useCallback, useState } from 'react'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { stopPullDownRefresh } from '../../services/nav'
import { scrollToTop } from '../../services/scroll'
import { ApiError } from '../../services/api'
import { S } from './texts'
import { failureOf, messageOf } from '../ui'

export type Notice = { kind: 'ok' | 'warn', text: string } | null

/**
 * Runs one change with the screen's answer: busy while it runs, a notice after (the server's
 * Chinese message, or "someone else acted first"), field messages beside their fields, a reload.
 */
export function useChange (reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  async function run<T> (what: () => Promise<T>, ok: string, after?: (v: T) => void): Promise<void> {
    if (busy) return
    setBusy(true)
    try {
      const v = await what()
      setNotice({ kind: 'ok', text: ok })
      setFields({})
      after?.(v)
    } catch (e) {
      setNotice({ kind: 'warn', text: messageOf(e, S.actionFailed) })
      if (e instanceof ApiError) setFields(e.fields)
    } finally {
      setBusy(false)
      await reload()
      scrollToTop()
    }
  }
  return { busy, notice, fields, setFields, run }
}

/** A list by tab: loads on show, on pull-down and when the tab changes; keeps the counts it returns. */
export function useTabbedList<K extends string, T> (first: K, load: (tab: K) => Promise<{ items: T[], counts?: Record<string, number> }>) {
  const [tab, setTab] = useState<K>(first)
  const [items, setItems] = useState<T[] | null>(null)
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [error, setError] = useState<ApiError | null>(null)
  const reload = useCallback(async (t: K) => {
    try {
      const r = await load(t)
      setItems(r.items)
      if (r.counts) setCounts(r.counts)
      setError(null)
    } catch (e) {
      setError(failureOf(e))
    }
  }, [load])
  useDidShow(() => { void reload(tab) })
  usePullDownRefresh(() => { void reload(tab).finally(stopPullDownRefresh) })
  const pick = (t: K) => { setTab(t); setItems(null); setError(null); void reload(t) }
  return { tab, pick, items, counts, error, reload }
}
