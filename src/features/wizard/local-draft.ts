/**
 * The local copy of a draft, written on every change. It wins over the cloud until it has been
 * synced (`dirty` false), so editing offline or closing the app mid-step loses nothing.
 */
import { z } from 'zod'
import { DraftContentSchema } from '../../core/schemas/filing'
import { accountDisplayName } from '../../core/filing/accounts'
import { readStored, removeStored, writeStored } from '../../services/storage'
import { clearResumeMarker, writeResumeMarker } from './resume'
import type { Draft, StepIndex, WizardMode } from './model'

export const LocalDraftSchema = z.object({
  key: z.string().min(1),
  cloudId: z.string().optional(),
  /** Cloud version this copy is based on. */
  version: z.number().int().positive().optional(),
  mode: z.enum(['new', 'correct', 'amend', 'entry']),
  content: DraftContentSchema,
  /** The content as the reviewer saw it (correct mode), to know which flags were touched. */
  original: DraftContentSchema.optional(),
  flagged: z.record(z.string()).default({}),
  step: z.number().int().min(0).max(4),
  dirty: z.boolean(),
  savedAt: z.string()
})
export type LocalDraft = Omit<z.infer<typeof LocalDraftSchema>, 'step' | 'mode' | 'content' | 'original'> & {
  step: StepIndex
  mode: WizardMode
  content: Draft
  original?: Draft
}

const storageKey = (key: string) => `wizard:draft:${key}`

export function readLocalDraft (key: string): LocalDraft | undefined {
  return readStored(storageKey(key), LocalDraftSchema) as LocalDraft | undefined
}

export function titleOf (content: Draft): string {
  const names = (content.accounts ?? []).map(accountDisplayName).filter((n) => n !== '')
  return names.length > 0 ? names.join('、') : (content.subject?.name ?? '')
}

/** Writes the local copy; returns false when storage is full or unavailable. */
export function writeLocalDraft (d: LocalDraft): boolean {
  const ok = writeStored(storageKey(d.key), d)
  // Submitting correction/amendment drafts are reopened from 我的备案, not from the home prompt.
  if (ok && d.mode === 'new') writeResumeMarker({ key: d.key, savedAt: d.savedAt, title: titleOf(d.content) })
  return ok
}

/** Moves a 'new' local draft under its cloud id once the cloud has one. */
export function rekeyLocalDraft (d: LocalDraft, cloudId: string): LocalDraft {
  if (d.key === cloudId) return d
  removeStored(storageKey(d.key))
  clearResumeMarker(d.key)
  return { ...d, key: cloudId, cloudId }
}

export function removeLocalDraft (key: string): void {
  removeStored(storageKey(key))
  clearResumeMarker(key)
}
