import { kaipingConfig } from '../core/jurisdiction/kaiping'
import type { JurisdictionConfig } from '../core/jurisdiction/schema'

/**
 * The jurisdiction this build serves. One config object per city office; the backend holds
 * the same one (backend/runtime) so texts and rules agree on both sides.
 */
export const jurisdiction: JurisdictionConfig = kaipingConfig
