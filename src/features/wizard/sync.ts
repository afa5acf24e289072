/** Cloud side of the draft: load a filing into a local draft, push local changes with versions. */
import { DraftContentSchema } from '../../core/schemas/filing'
import { can } from '../../core/workflow'
import { ApiError } from '../../services/api'
import { confirm } from '../../services/dialogs'
import { loadCloudFiling, saveDraft, type CloudFiling } from './api'
import { rekeyLocalDraft, type LocalDraft } from './local-draft'
import { stepOfPath, untouchedFlags, type Draft, type StepIndex, type WizardMode } from './model'
import { T } from './texts'

export function parseContent (raw: unknown): Draft {
  const r = DraftContentSchema.safeParse(raw)
  return r.success ? r.data : {}
}

/** A local draft built from the cloud copy of a filing. */
export function fromCloud (f: CloudFiling, now: Date): LocalDraft {
  const content = parseContent(f.content)
  const mode: WizardMode = can(f.status, 'resubmit', 'owner') ? 'correct' : can(f.status, 'amend', 'owner') ? 'amend' : 'new'
  const flagged = mode === 'correct' ? Object.fromEntries(f.returnReasons.map((r) => [r.field, r.reason])) : {}
  return {
    key: f.id,
    cloudId: f.id,
    version: f.version,
    mode,
    content,
    original: mode === 'correct' ? content : undefined,
    flagged,
    step: 0,
    dirty: false,
    savedAt: now.toISOString()
  }
}

/** The first step holding a field the office flagged (a returned filing opens there). */
export function firstFlaggedStep (d: Pick<LocalDraft, 'flagged'>): StepIndex {
  const steps = Object.keys(d.flagged).map(stepOfPath)
  return steps.length === 0 ? 0 : (Math.min(...steps) as StepIndex)
}

/**
 * Where 下一步 leads when correcting: the next step still holding an untouched flag, else the
 * preview (the steps the office did not question need no visit).
 */
export function nextFlaggedStep (d: Pick<LocalDraft, 'flagged' | 'original' | 'content'>, from: StepIndex): StepIndex {
  const left = d.original ? untouchedFlags(d.flagged, d.original, d.content) : Object.keys(d.flagged)
  const later = left.map(stepOfPath).filter((s) => s > from && s < 3)
  return later.length === 0 ? 3 : (Math.min(...later) as StepIndex)
}

export type SyncResult =
  | { kind: 'saved', draft: LocalDraft }
  | { kind: 'skipped', draft: LocalDraft }
  | { kind: 'offline', draft: LocalDraft }
  | { kind: 'failed', draft: LocalDraft, error: ApiError }

/**
 * Pushes a dirty local draft. A version conflict (edited on another device) asks the user which
 * copy to keep. Amendments have no cloud draft (the approved filing is not editable in place):
 * they live locally until submitted.
 */
export async function pushDraft (d: LocalDraft, now: () => Date): Promise<SyncResult> {
  // A staff entry has no cloud draft either: nobody owns it until it is entered (and claimed).
  if (d.mode === 'amend' || d.mode === 'entry' || (!d.dirty && d.cloudId !== undefined)) return { kind: 'skipped', draft: d }
  try {
    const saved = d.cloudId !== undefined && d.version !== undefined
      ? await saveDraft({ id: d.cloudId, version: d.version, content: d.content })
      : await saveDraft({ content: d.content })
    return { kind: 'saved', draft: { ...rekeyLocalDraft(d, saved.id), version: saved.version, dirty: false, savedAt: now().toISOString() } }
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('internal', T.loadFailed)
    if (err.code === 'network') return { kind: 'offline', draft: d }
    if (err.code === 'conflict' && d.cloudId !== undefined) return resolveConflict(d, now)
    return { kind: 'failed', draft: d, error: err }
  }
}

async function resolveConflict (d: LocalDraft, now: () => Date): Promise<SyncResult> {
  let cloud: CloudFiling
  try {
    cloud = await loadCloudFiling(d.cloudId ?? '')
  } catch (e) {
    return e instanceof ApiError && e.code === 'network' ? { kind: 'offline', draft: d } : { kind: 'failed', draft: d, error: e instanceof ApiError ? e : new ApiError('internal', T.loadFailed) }
  }
  const keepLocal = await confirm({ title: T.conflictTitle, content: T.conflictContent, confirmText: T.keepLocal, cancelText: T.useCloud })
  if (!keepLocal) {
    const fresh = fromCloud(cloud, now())
    return { kind: 'saved', draft: { ...d, content: fresh.content, version: cloud.version, dirty: false, savedAt: now().toISOString() } }
  }
  return pushDraft({ ...d, version: cloud.version }, now)
}
