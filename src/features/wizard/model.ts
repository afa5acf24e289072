/** Pure wizard state helpers: dotted-path access, new accounts, which step a field lives on. */
import type { DraftContent } from '../../core/schemas/filing'
import type { AccountKind } from '../../core/schemas/account'
import type { FieldErrors } from '../../core/result'
import { newId } from '../../services/ids'
import { accountDisplayName } from '../../core/filing/accounts'

export type Draft = DraftContent
export type DraftAccount = NonNullable<DraftContent['accounts']>[number]
export type DraftDocument = NonNullable<DraftContent['documents']>[number]

/** 0 subject · 1 accounts · 2 documents · 3 preview and commitment · 4 submit. */
export const STEP_COUNT = 5
export type StepIndex = 0 | 1 | 2 | 3 | 4

/** `entry`: staff type in a filing that arrived on paper (代录入); it stays on the phone until entered. */
export type WizardMode = 'new' | 'correct' | 'amend' | 'entry'

function segments (path: string): string[] {
  return path.split('.').filter((s) => s !== '')
}

export function getAt (obj: unknown, path: string): unknown {
  let cur: unknown = obj
  for (const key of segments(path)) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Immutable set; `undefined` removes the key (an emptied optional field is "not given"). */
export function setAt<T> (obj: T, path: string, value: unknown): T {
  const [head, ...rest] = segments(path)
  if (head === undefined) return value as T
  const isIndex = /^\d+$/.test(head)
  const base: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [...obj] : isIndex && obj === undefined ? [] : { ...(obj as Record<string, unknown> | undefined) }
  const child = (base as Record<string, unknown>)[head]
  const next = rest.length === 0 ? value : setAt(child, rest.join('.'), value)
  if (next === undefined && !Array.isArray(base)) delete (base as Record<string, unknown>)[head]
  else (base as Record<string, unknown>)[head] = next
  return base as T
}

export function newAccount (kind: AccountKind): DraftAccount {
  return { kind, id: newId('acc-') }
}

/** What people call the account (core's one display-name rule). */
export const accountTitle = (a: DraftAccount): string => accountDisplayName(a)

/** The wizard step a dotted path (from core or a return reason) belongs to. */
export function stepOfPath (path: string): StepIndex {
  if (path.startsWith('subject') || path.startsWith('operator')) return 0
  if (path.startsWith('accounts')) return 1
  if (path === 'documents.signature' || path.startsWith('commitment')) return 3
  if (path.startsWith('documents')) return 2
  return 3
}

export function errorsOnStep (errors: FieldErrors, step: StepIndex): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([p]) => stepOfPath(p) === step))
}

/** Stable comparison key of what a path holds (documents by kind compare their file ids). */
function fingerprint (content: Draft, path: string): string {
  const m = /^documents\.(\w+)$/.exec(path)
  if (m) return JSON.stringify((content.documents ?? []).filter((d) => d.kind === m[1]).map((d) => d.fileId))
  return JSON.stringify(getAt(content, path) ?? null)
}

/** Flagged paths (from a return) whose value is still what the reviewer saw. */
export function untouchedFlags (flagged: Record<string, string>, original: Draft, current: Draft): string[] {
  return Object.keys(flagged).filter((p) => fingerprint(original, p) === fingerprint(current, p))
}

/** Splits '华为应用市场、App Store, 小米' into store names. */
/** Links and other tokens typed one after another (spaces, new lines, commas). */
export function splitWords (s: string): string[] {
  return s.split(/[\s、,，;；]+/).map((x) => x.trim()).filter((x) => x !== '')
}

export function splitList (s: string): string[] {
  return s.split(/[、,，;；\n]+/).map((x) => x.trim()).filter((x) => x !== '')
}
