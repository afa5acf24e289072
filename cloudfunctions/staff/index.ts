/** Staff function: review queue, decisions, statistics, export, staff management. */
import { staffRoutes } from '../../backend/actions/staff'
import { makeMain } from '../../backend/entry/make-main'

export const main = makeMain(staffRoutes)
