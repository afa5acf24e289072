/** Maps zod issues onto the dotted field paths the forms and return reasons use. */
import type { z } from 'zod'
import { type FieldErrors, type FieldIssue, issuesToFieldErrors } from '../result'

/** Dotted path of a zod issue, under `prefix` (e.g. 'subject'). */
export function issuePath(path: readonly (string | number)[], prefix = ''): string {
  return [prefix, ...path.map(String)].filter((p) => p !== '').join('.')
}

/**
 * Zod issues → FieldIssues. Union errors are flattened to their most specific branch so a
 * bad field inside a chosen subject type shows on that field, not on the whole subject.
 */
export function zodIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  const out: FieldIssue[] = []
  for (const issue of error.issues) {
    if (issue.code === 'invalid_union' && issue.unionErrors.length > 0) {
      out.push(...zodIssues(issue.unionErrors[0], prefix))
      continue
    }
    out.push({ path: issuePath(issue.path, prefix), message: issue.message })
  }
  return out
}

/** First Chinese message per dotted path. */
export function toFieldErrors(error: z.ZodError, prefix = ''): FieldErrors {
  return issuesToFieldErrors(zodIssues(error, prefix))
}

/** Validates `value` with `schema` and returns its issues under `prefix` (none when valid). */
export function schemaIssues<T extends z.ZodTypeAny>(schema: T, value: unknown, prefix: string): { issues: FieldIssue[]; data?: z.infer<T> } {
  const r = schema.safeParse(value)
  return r.success ? { issues: [], data: r.data as z.infer<T> } : { issues: zodIssues(r.error, prefix) }
}
