/**
 * A confirmed legacy import made of several calls (each writes at most LEGACY_CALL_FILINGS; see
 * legacy.ts): call again while the answer says some remain, report progress after each call, and
 * stop at the first problem report or failure. The filings written before a failure stay written
 * and the next confirmed call resumes after them, so "continue" is simply running this again.
 * Shared by the import screen and the bench, so both import exactly as the office does.
 */

/** What the loop reads from each answer (LegacyImportOutput's counts). */
export interface LegacyCallAnswer {
  written: number
  remaining: number
  problemCount: number
}

/** Filings written of those the check found new (`fresh`). */
export interface LegacyProgress {
  done: number
  total: number
}

export type LegacyCallsEnd<R> =
  | { kind: 'done'; report: R; progress: LegacyProgress; calls: number }
  /** The register changed since the check (another filing took an account): the report names the rows. */
  | { kind: 'problems'; report: R; calls: number }
  /** A call failed (`error`), or answered without progress (`error` null); what was written stays. */
  | { kind: 'failed'; error: unknown; progress: LegacyProgress; calls: number }

/**
 * Calls `confirm` until nothing remains. `total` is the check's `fresh`: progress is
 * total − remaining, the server's count, so a resumed run continues where the last one stopped.
 */
export async function importInCalls<R extends LegacyCallAnswer>(
  confirm: () => Promise<R>,
  total: number,
  onProgress: (p: LegacyProgress) => void = () => undefined
): Promise<LegacyCallsEnd<R>> {
  let progress: LegacyProgress = { done: 0, total }
  for (let calls = 1; ; calls++) {
    let report: R
    try {
      report = await confirm()
    } catch (error) {
      return { kind: 'failed', error, progress, calls }
    }
    if (report.problemCount > 0) return { kind: 'problems', report, calls }
    progress = { done: Math.max(0, total - report.remaining), total }
    onProgress(progress)
    if (report.remaining <= 0) return { kind: 'done', report, progress, calls }
    // A call that wrote nothing while some remain would repeat forever: stop and let the user retry.
    if (report.written <= 0) return { kind: 'failed', error: null, progress, calls }
  }
}
