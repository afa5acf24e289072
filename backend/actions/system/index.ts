/** Routes of the `system` function (keyed by each action's contract); a timer event (no action) runs `tick`. */
import { tickContract } from '../../core'
import { routesOf } from '../../entry/action'
import { dispatch, purge, remind, tick } from './tick.handler'

export const systemRoutes = routesOf('system', [tick, dispatch, purge, remind])
export const SYSTEM_TIMER_ACTION = tickContract.action
