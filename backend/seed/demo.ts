/** Placeholder; the real demo seed comes with the workflow actions. */
import type { Runtime } from '../runtime/runtime'

export async function seedDemo(_rt: Runtime): Promise<void> {}
