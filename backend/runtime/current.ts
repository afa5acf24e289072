/**
 * The process-wide runtime. Entries call getRuntime() per invocation; the cloud runtime is
 * built lazily on first use so importing a function bundle connects to nothing.
 */
import type { Runtime } from './runtime'
import { createCloudRuntimeFromEnv } from './cloudbase'

let current: Runtime | null = null

export function setRuntime(rt: Runtime): void {
  current = rt
}

export function getRuntime(): Runtime {
  if (!current) current = createCloudRuntimeFromEnv(process.env)
  return current
}

/** Tests only: forget the runtime so the next getRuntime() builds a fresh one. */
export function clearRuntime(): void {
  current = null
}
