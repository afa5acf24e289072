/**
 * What a form shows as wrong right now. Every message on screen (a field's, or a collapsed
 * group's summary) reports itself here while it is shown, so a screen's summary counts and names
 * exactly what the person can see — never fields of a hidden section, never one already fixed.
 */
import { createContext, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'

interface Registry { show: (key: string, label: string) => void, hide: (key: string) => void }

const ProblemsContext = createContext<Registry | null>(null)

/** Shown problems in the order they appeared: key → the label that names it. */
export type Shown = ReadonlyMap<string, string>

export function ProblemsProvider ({ onChange, children }: PropsWithChildren<{ onChange: (shown: Shown) => void }>) {
  const [shown, setShown] = useState<Shown>(new Map())
  const registry = useMemo<Registry>(() => ({
    show: (key, label) => setShown((prev) => {
      if (prev.get(key) === label) return prev
      const next = new Map(prev)
      next.set(key, label)
      return next
    }),
    hide: (key) => setShown((prev) => {
      if (!prev.has(key)) return prev
      const next = new Map(prev)
      next.delete(key)
      return next
    })
  }), [])
  useEffect(() => { onChange(shown) }, [shown, onChange])
  return <ProblemsContext.Provider value={registry}>{children}</ProblemsContext.Provider>
}

/** Reports a problem as shown while `label` is set (a no-op outside a provider). */
export function useProblem (key: string, label: string | undefined): void {
  const registry = useContext(ProblemsContext)
  useEffect(() => {
    if (registry === null || label === undefined) return
    registry.show(key, label)
    return () => registry.hide(key)
  }, [registry, key, label])
}

/** A message that is not a field's own (a list's, a group's), reported like one. */
export function FieldMessage ({ problemKey, label, message }: { problemKey: string, label: string, message: string | undefined }) {
  useProblem(problemKey, message === undefined ? undefined : label)
  if (message === undefined) return null
  return <View className='error-text field-error' role='alert'>{message}</View>
}

/** "还有N处需要填写或修改：A、B" over the shown problems; nothing when there is none. */
export function ProblemSummary ({ shown, text, testId }: { shown: Shown, text: (n: number, names: string) => string, testId?: string }) {
  if (shown.size === 0) return null
  const names = [...new Set(shown.values())].join('、')
  return <View className='notice-bar notice-bar--danger' role='alert' data-testid={testId}>{text(shown.size, names)}</View>
}
