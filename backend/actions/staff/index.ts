/** Routes of the `staff` function (every action requires a staff role). */
import type { Routes } from '../../entry/action'
import { whoami } from '../applicant/whoami.handler'
import { staffCancel } from './cancel.handler'
import { decide } from './decide.handler'
import { exportDone, exportLinkAction, exportXlsx } from './export.handler'
import { staffGet } from './get.handler'
import { queue } from './queue.handler'
import { reports } from './reports.handler'
import { reveal } from './reveal.handler'
import { staffInvite, staffList, staffRemove } from './staff-admin.handler'
import { stats } from './stats.handler'

export const staffRoutes: Routes = {
  whoami,
  queue,
  get: staffGet,
  reveal,
  decide,
  stats,
  reports,
  cancel: staffCancel,
  export: exportXlsx,
  'export-link': exportLinkAction,
  'export-done': exportDone,
  'staff-list': staffList,
  'staff-invite': staffInvite,
  'staff-remove': staffRemove
}
