/** System function: runs on a timer (every 5 minutes) — notification outbox and retention. */
import { SYSTEM_TIMER_ACTION, systemRoutes } from '../../backend/actions/system'
import { makeMain } from '../../backend/entry/make-main'

export const main = makeMain(systemRoutes, { timerAction: SYSTEM_TIMER_ACTION })
