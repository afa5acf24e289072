import { useCallback, useState } from 'react'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { ApiError } from '../../services/api'
import { stopPullDownRefresh } from '../../services/nav'
import { O } from './texts'

/** Loads each time the page shows (back from a detail or a colleague's change) and on pull-down. */
export function useShown<T> (load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const reload = useCallback(async () => {
    try {
      setData(await load())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('internal', O.loadFailed))
    } finally {
      stopPullDownRefresh()
    }
  }, [load])
  useDidShow(() => { void reload() })
  usePullDownRefresh(() => { void reload() })
  return { data, setData, error, reload }
}

/** The Chinese message of a failed call (someone acting first reads as a refresh). */
export function messageOf (e: unknown): string {
  if (!(e instanceof ApiError)) return O.loadFailed
  return e.code === 'conflict' ? O.conflict : e.message
}
