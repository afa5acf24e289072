/** Routes of the `system` function (keyed by each action's contract); a timer event (no action) runs `tick`. */
// Each action's module loads on its first call (see `lazyRoutes`): a cold start evaluates only the entry.
import { tickContract } from '../../../src/core/contracts/system/tick'
import { lazyRoutes } from '../../entry/action'

export const systemRoutes = lazyRoutes('system', {
  'tick': () => import('./tick.handler'),
  'dispatch-outbox': () => import('./tick.handler'),
  'purge': () => import('./tick.handler'),
  'remind': () => import('./tick.handler')
})

export const SYSTEM_TIMER_ACTION = tickContract.action
