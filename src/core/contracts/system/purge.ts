import { defineContract } from '../contract'
import { PurgeReport, TickInput } from './tick'

/** Apply retention only. */
export const purgeContract = defineContract({ fn: 'system', action: 'purge', input: TickInput, output: PurgeReport })
