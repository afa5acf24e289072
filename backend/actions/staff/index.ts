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
import { caseGet, caseOpen, cases, caseStep } from './cases.handler'
import { dashboard, monthlyReport } from './dashboard.handler'
import { leadCreate, leadDismiss, leadGet, leadImport, leads, leadUrge } from './leads.handler'
import { reportGet } from './report-get.handler'
import { reportAssign, reportClose, reportLink } from './report-triage.handler'

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
  'staff-remove': staffRemove,
  // Supervision (监管): reports inbox, leads, case files, the director's dashboard.
  'report-get': reportGet,
  'report-assign': reportAssign,
  'report-link': reportLink,
  'report-close': reportClose,
  leads,
  'lead-get': leadGet,
  'lead-create': leadCreate,
  'lead-import': leadImport,
  'lead-urge': leadUrge,
  'lead-dismiss': leadDismiss,
  cases,
  'case-open': caseOpen,
  'case-get': caseGet,
  'case-step': caseStep,
  dashboard,
  'monthly-report': monthlyReport
}
