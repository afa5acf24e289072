/**
 * The "resume where you left off" marker. Kept tiny and free of core schemas so the home page
 * (main package) can read it without pulling the wizard's code into the main package.
 */
import { z } from 'zod'
import { readStored, removeStored, writeStored } from '../../services/storage'

const KEY = 'wizard:last'

export const ResumeMarkerSchema = z.object({
  /** 'new' for a draft not yet in the cloud, else the filing id. */
  key: z.string().min(1).max(80),
  savedAt: z.string(),
  title: z.string().max(200)
})
export type ResumeMarker = z.infer<typeof ResumeMarkerSchema>

export function readResumeMarker (): ResumeMarker | undefined {
  return readStored(KEY, ResumeMarkerSchema)
}

export function writeResumeMarker (m: ResumeMarker): void {
  writeStored(KEY, m)
}

export function clearResumeMarker (key?: string): void {
  if (key !== undefined && readResumeMarker()?.key !== key) return
  removeStored(KEY)
}
