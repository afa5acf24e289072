/** Placeholder until the CloudBase adapters land (replaced below). */
import type { Runtime } from './runtime'

export function createCloudRuntimeFromEnv(_env: NodeJS.ProcessEnv): Runtime {
  throw new Error('CloudBase runtime not built yet')
}
