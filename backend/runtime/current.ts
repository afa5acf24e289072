/**
 * The process-wide runtime. Entries call getRuntime() per invocation; the cloud runtime is
 * built lazily on first use so importing a function bundle connects to nothing.
 *
 * A cold start (the platform's `require` of index.js) loads @cloudbase/node-sdk, which every call
 * needs, and nothing of the domain: the cloud adapters and the jurisdiction config load with the
 * first call, and each action's module with its own first call (backend/entry/action.ts).
 */
import '@cloudbase/node-sdk'
import type { Runtime } from './runtime'

let current: Runtime | null = null

export function setRuntime(rt: Runtime): void {
  current = rt
}

export async function getRuntime(): Promise<Runtime> {
  if (!current) {
    const { createCloudRuntimeFromEnv } = await import('./cloudbase')
    current ??= createCloudRuntimeFromEnv(process.env)
  }
  return current
}

/** Tests only: forget the runtime so the next getRuntime() builds a fresh one. */
export function clearRuntime(): void {
  current = null
}
