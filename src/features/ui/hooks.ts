import { useCallback, useState } from 'react'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { ApiError } from '../../services/api'
import { stopPullDownRefresh } from '../../services/nav'
import { UI_T } from './texts'

/** Any failure as LoadError shows it: offline (code 'network') or the server's own message. */
export const failureOf = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError('internal', UI_T.loadFailed))

/** The Chinese message of a failed call (someone acting first reads as a refresh). */
export function messageOf (e: unknown, fallback: string = UI_T.loadFailed): string {
  if (!(e instanceof ApiError)) return fallback
  return e.code === 'conflict' ? UI_T.conflict : e.message
}

/** Loads each time the page shows (back from a detail or a colleague's change) and on pull-down. */
export function useShown<T> (load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const reload = useCallback(async () => {
    try {
      setData(await load())
      setError(null)
    } catch (e) {
      setError(failureOf(e))
    } finally {
      stopPullDownRefresh()
    }
  }, [load])
  useDidShow(() => { void reload() })
  usePullDownRefresh(() => { void reload() })
  return { data, setData, error, reload }
}
