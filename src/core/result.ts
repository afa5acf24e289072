/**
 * Result shapes shared by every validator. Validators never throw on user input:
 * they return a Chinese message that names the problem and how to fix it.
 */
export type Check = { ok: true } | { ok: false; message: string }

export const OK: Check = Object.freeze({ ok: true }) as Check

export function fail(message: string): Check {
  return { ok: false, message }
}

/** Dotted field path (e.g. `accounts.0.followers`) → first Chinese message for that field. */
export type FieldErrors = Record<string, string>

export interface FieldIssue {
  path: string
  message: string
}

/** Keeps the first message per path: the form shows one problem per field at a time. */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of issues) {
    if (!(issue.path in out)) out[issue.path] = issue.message
  }
  return out
}
