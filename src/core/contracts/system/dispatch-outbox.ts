import { defineContract } from '../contract'
import { DispatchReport, TickInput } from './tick'

/** Send due notifications only. */
export const dispatchOutboxContract = defineContract({ fn: 'system', action: 'dispatch-outbox', input: TickInput, output: DispatchReport })
