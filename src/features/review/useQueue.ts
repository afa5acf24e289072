import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../services/api'
import { loadQueue, type QueueItem } from './api'
import type { QueueFilter } from './filters'
import { T } from './texts'

/** Set by the review screen after a decision, so the queue reloads when the reviewer comes back. */
let stale = false
export function markQueueStale (): void { stale = true }
export function takeQueueStale (): boolean {
  const s = stale
  stale = false
  return s
}

export interface QueueState {
  items: QueueItem[]
  loading: boolean
  done: boolean
  error: string | null
  reload: () => Promise<void>
  more: () => Promise<void>
}

/**
 * Cursor pagination over the staff queue. A new filter restarts from the first page; answers
 * to an older filter are dropped so a fast reviewer never sees mixed lists.
 */
export function useQueue (filter: QueueFilter): QueueState {
  const [items, setItems] = useState<QueueItem[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [done, setDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const generation = useRef(0)
  const busy = useRef(false)
  const key = JSON.stringify(filter)

  const fetchPage = useCallback(async (from: string | null) => {
    const gen = from === null ? ++generation.current : generation.current
    busy.current = true
    setLoading(true)
    try {
      const page = await loadQueue(filter, from)
      if (gen !== generation.current) return
      setItems((prev) => (from === null ? page.items : [...prev, ...page.items]))
      setCursor(page.nextCursor)
      setDone(page.nextCursor === null)
      setError(null)
    } catch (e) {
      if (gen === generation.current) setError(e instanceof ApiError ? e.message : T.loadFailed)
    } finally {
      if (gen === generation.current) {
        busy.current = false
        setLoading(false)
      }
    }
  }, [key]) // `filter` is read through `key`: a new object with the same content is no new filter

  useEffect(() => { void fetchPage(null) }, [fetchPage])

  const more = useCallback(async () => {
    if (busy.current || cursor === null) return
    await fetchPage(cursor)
  }, [cursor, fetchPage])

  return { items, loading, done, error, reload: () => fetchPage(null), more }
}
