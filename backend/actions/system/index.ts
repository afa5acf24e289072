/** Routes of the `system` function; a timer event (no action) runs `tick`. */
import type { Routes } from '../../entry/action'
import { dispatch, purge, remind, tick } from './tick.handler'

export const systemRoutes: Routes = { tick, 'dispatch-outbox': dispatch, purge, remind }
export const SYSTEM_TIMER_ACTION = 'tick'
