/**
 * The wizard's state: one draft, saved locally on every change and pushed to the cloud on every
 * step; per-field validation on blur and on "next"; flagged fields of a returned filing.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldErrors } from '../../core/result'
import { ApiError } from '../../services/api'
import { whenOnline } from '../../services/network'
import { rememberQueryParam } from '../../services/nav'
import { scrollIntoView } from '../../services/scroll'
import { fieldId } from '../ui'
import { loadCloudFiling } from './api'
import { loadSession } from '../session'
import { readLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft'
import { getAt, setAt, stepOfPath, untouchedFlags, type StepIndex, type WizardMode } from './model'
import { firstFlaggedStep, fromCloud, nextFlaggedStep, pushDraft } from './sync'
import { T } from './texts'
import { takeSelfCheck } from './self-check-start'
import { draftFromSelfCheck } from '../../core/basis'
import { newAccount } from './model'
import { allErrors, screenErrors } from './validation'

export type SyncState = 'local' | 'saving' | 'cloud' | 'offline'

const now = () => new Date()

/** The local key of the staff entry in progress (one at a time per phone). */
export const ENTRY_KEY = 'staff-entry'

function emptyDraft (): LocalDraft {
  return { key: 'new', mode: 'new', content: { accounts: [] }, flagged: {}, step: 0, dirty: true, savedAt: now().toISOString() }
}

/**
 * A new filing: the unfinished one on this phone, else an empty one; a self-check just handed
 * over becomes its basis (and, for an empty one, prefills the account it asked about).
 */
function startDraft (local: LocalDraft | undefined): LocalDraft {
  const basis = takeSelfCheck()
  if (basis === undefined) return local ?? emptyDraft()
  if (local !== undefined) return { ...local, content: { ...local.content, basis }, dirty: true }
  const id = newAccount('self_media').id ?? 'acc-self-check'
  return { ...emptyDraft(), content: draftFromSelfCheck(basis.answers, basis.checkedAt, id) }
}

export interface Wizard {
  draft: LocalDraft | null
  loadError: string | null
  errors: FieldErrors
  notice: string | null
  sync: SyncState
  returnToPreview: boolean
  /** 下一步 (or the submission) was refused on this step: the problem summary speaks. */
  refused: boolean
  /** fileId → a short-lived link to the stored copy (thumbnails of photos taken before a reload). */
  links: Record<string, string>
  /** The account whose editor is open on step 2 (null: the step's choice, -1: all folded). */
  openAccount: number | null
  setOpenAccount(i: number | null): void
  /** Remembers a link to a document just stored. */
  addLink(fileId: string, url: string): void
  /**
   * Work that must finish before 下一步 checks the step (e.g. a drawn signature not yet
   * confirmed is confirmed and uploaded); null clears it.
   */
  setPending(run: (() => Promise<void>) | null): void
  update(path: string, value: unknown): void
  /** Like update, from the latest value (for callbacks that finish later, e.g. uploads). */
  modify(path: string, fn: (current: unknown) => unknown): void
  /** Validates one field (on blur) and shows or clears its message. */
  touch(path: string): void
  /** Validates the fields under a path prefix (e.g. one account) and shows their messages; true when none. */
  check(prefix: string): boolean
  next(): Promise<boolean>
  back(): void
  goTo(step: StepIndex, fromPreview?: boolean): void
  /** Pushes the draft now; resolves with the synced draft (or the local one when offline). */
  flush(): Promise<LocalDraft | null>
  setErrors(errors: FieldErrors, notice?: string): void
  reload(): void
}

export function useWizard (query: { id?: string, mode?: WizardMode, fresh?: boolean }): Wizard {
  const [draft, setDraft] = useState<LocalDraft | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [errors, setErrorsState] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [sync, setSync] = useState<SyncState>('local')
  const [returnToPreview, setReturnToPreview] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [links, setLinks] = useState<Record<string, string>>({})
  const [openAccount, setOpenAccount] = useState<number | null>(null)
  const [refused, setRefused] = useState(false)
  const pending = useRef<(() => Promise<void>) | null>(null)
  const ref = useRef<LocalDraft | null>(null)
  const pushing = useRef<Promise<LocalDraft | null> | null>(null)

  const commit = useCallback((next: LocalDraft) => {
    ref.current = next
    writeLocalDraft(next)
    if (next.cloudId !== undefined) rememberQueryParam('id', next.cloudId)
    setDraft(next)
  }, [])

  const flush = useCallback(async (): Promise<LocalDraft | null> => {
    if (pushing.current) await pushing.current
    const d = ref.current
    if (d === null) return null
    const run = (async () => {
      setSync('saving')
      const sent = d.content
      const r = await pushDraft(d, now)
      const latest = ref.current ?? r.draft
      // Edits made while the request was in flight stay dirty and go with the next push.
      const merged: LocalDraft = latest.content === sent ? r.draft : { ...latest, key: r.draft.key, cloudId: r.draft.cloudId, version: r.draft.version, dirty: true }
      commit(merged)
      if (r.kind === 'offline') setSync('offline')
      else if (r.kind === 'failed') { setSync('local'); setNotice(r.error.message) } else setSync(merged.dirty ? 'local' : 'cloud')
      return merged
    })()
    pushing.current = run
    try { return await run } finally { pushing.current = null }
  }, [commit])

  // Load: the local copy wins while it holds unsynced edits; otherwise the cloud copy.
  useEffect(() => {
    let live = true
    const entry = query.mode === 'entry'
    const key = entry ? ENTRY_KEY : (query.id ?? 'new')
    const local = readLocalDraft(key)
    if (entry) {
      // A self-check on this phone is the applicant's, never the basis of a staff entry.
      commit(query.fresh === true || local === undefined ? { ...emptyDraft(), key, mode: 'entry' } : local)
      return
    }
    if (query.id === undefined) {
      // 重新开始 (fresh) leaves the unfinished one on the phone for later.
      commit(startDraft(query.fresh === true ? undefined : local))
      return
    }
    loadCloudFiling(query.id).then(
      (f) => {
        if (!live) return
        const fresh = fromCloud(f, now())
        setLinks(f.documentLinks)
        // A returned filing opens where the office's flags are, not on step 1.
        const step = local?.step ?? firstFlaggedStep(fresh)
        commit(local?.dirty === true && local.mode === fresh.mode ? { ...local, flagged: fresh.flagged, original: local.original ?? fresh.original } : { ...fresh, step })
        setSync(local?.dirty === true ? 'local' : 'cloud')
      },
      (e: unknown) => {
        if (!live) return
        if (local) { commit(local); setSync('offline'); return }
        setLoadError(e instanceof ApiError ? e.message : T.loadFailed)
      }
    )
    return () => { live = false }
  }, [query.id, query.fresh, attempt, commit])

  useEffect(() => whenOnline(() => { if (ref.current?.dirty) void flush() }), [flush])

  // The submit tap needs the subscription template ids synchronously: fetch them now (cached).
  useEffect(() => { loadSession().catch(() => undefined) }, [])

  const update = useCallback((path: string, value: unknown) => {
    const d = ref.current
    if (d === null) return
    const next: LocalDraft = { ...d, content: setAt(d.content, path, value), dirty: true, savedAt: now().toISOString() }
    commit(next)
    setSync((s) => (s === 'offline' ? s : 'local'))
    // A shown message disappears as soon as the field is right.
    setErrorsState((prev) => {
      const shown = Object.keys(prev).filter((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`))
      if (shown.length === 0) return prev
      const fresh = screenErrors(stepOfPath(path), next.content, now())
      const out = { ...prev }
      for (const p of shown) { if (fresh[p]) out[p] = fresh[p]; else delete out[p] }
      return out
    })
  }, [commit])

  const modify = useCallback((path: string, fn: (current: unknown) => unknown) => {
    const d = ref.current
    if (d !== null) update(path, fn(getAt(d.content, path)))
  }, [update])

  const touch = useCallback((path: string) => {
    const d = ref.current
    if (d === null) return
    const message = screenErrors(stepOfPath(path), d.content, now())[path]
    setErrorsState((prev) => {
      if ((prev[path] ?? '') === (message ?? '')) return prev
      const out = { ...prev }
      if (message) out[path] = message
      else delete out[path]
      return out
    })
  }, [])

  const check = useCallback((prefix: string): boolean => {
    const d = ref.current
    if (d === null) return true
    const mine = Object.fromEntries(Object.entries(screenErrors(stepOfPath(prefix), d.content, now())).filter(([p]) => p === prefix || p.startsWith(`${prefix}.`)))
    setErrorsState((prev) => {
      const out = Object.fromEntries(Object.entries(prev).filter(([p]) => !(p === prefix || p.startsWith(`${prefix}.`))))
      return { ...out, ...mine }
    })
    return Object.keys(mine).length === 0
  }, [])

  /** Brings the first problem under the thumb (opening the account that holds it). */
  const showFirst = useCallback((errs: FieldErrors) => {
    const first = Object.keys(errs)[0]
    if (first === undefined) return
    const account = /^accounts\.(\d+)/.exec(first)
    if (account) setOpenAccount(Number(account[1]))
    scrollIntoView(`#${fieldId(first)}-frame`)
  }, [])

  const moveTo = useCallback((step: StepIndex) => {
    const d = ref.current
    if (d === null) return
    commit({ ...d, step })
    setNotice(null)
    setRefused(false)
  }, [commit])

  const next = useCallback(async (): Promise<boolean> => {
    if (pending.current !== null) await pending.current().catch(() => undefined)
    const d = ref.current
    if (d === null) return false
    const step = d.step
    // The preview screen is the last stop before submitting: check everything there.
    const errs = step === 3 ? { ...allErrors(d.content, now()), ...screenErrors(3, d.content, now()) } : screenErrors(step, d.content, now())
    const count = Object.keys(errs).length
    const untouched = d.original ? untouchedFlags(d.flagged, d.original, d.content).filter((p) => stepOfPath(p) === step) : []
    if (count > 0 || untouched.length > 0) {
      setErrorsState(errs)
      // Field problems are summarised from what is shown (WizardScreen); only the flags need words here.
      setNotice(count > 0 ? null : T.mustTouch(untouched.map((p) => d.flagged[p]).join('；')))
      showFirst(count > 0 ? errs : Object.fromEntries(untouched.map((p) => [p, d.flagged[p]])))
      setRefused(true)
      return false
    }
    setErrorsState({})
    // Correcting a returned filing skips the steps the office did not flag.
    const onward: StepIndex = d.mode === 'correct' && step < 3 ? nextFlaggedStep(d, step) : (Math.min(4, step + 1) as StepIndex)
    const target: StepIndex = returnToPreview ? 3 : onward
    setReturnToPreview(false)
    moveTo(target)
    void flush()
    return true
  }, [flush, moveTo, returnToPreview, showFirst])

  const back = useCallback(() => {
    const d = ref.current
    if (d === null || d.step === 0) return
    setErrorsState({})
    setReturnToPreview(false)
    moveTo((d.step - 1) as StepIndex)
    void flush()
  }, [flush, moveTo])

  const goTo = useCallback((step: StepIndex, fromPreview = false) => {
    setErrorsState({})
    setReturnToPreview(fromPreview)
    moveTo(step)
  }, [moveTo])

  const setErrors = useCallback((e: FieldErrors, n?: string) => {
    setErrorsState(e)
    setNotice(n ?? null)
  }, [])

  const addLink = useCallback((fileId: string, url: string) => setLinks((l) => ({ ...l, [fileId]: url })), [])
  const setPending = useCallback((run: (() => Promise<void>) | null) => { pending.current = run }, [])

  return {
    draft,
    loadError,
    errors,
    notice,
    sync,
    returnToPreview,
    links,
    openAccount,
    setOpenAccount,
    addLink,
    setPending,
    update,
    modify,
    touch,
    check,
    next,
    back,
    goTo,
    flush,
    refused,
    setErrors: (e: FieldErrors, n?: string) => { setErrors(e, n); setRefused(Object.keys(e).length > 0); showFirst(e) },
    reload: () => { setLoadError(null); setAttempt((a) => a + 1) }
  }
}
