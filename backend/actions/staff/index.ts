/** Routes of the `staff` function (keyed by each action's contract; every action requires a staff role but whoami). */
import { routesOf } from '../../entry/action'
import { staffCancel } from './cancel.handler'
import { decide } from './decide.handler'
import { exportDone, exportLinkAction, exportXlsx } from './export.handler'
import { staffGet } from './get.handler'
import { queue, queueCounts } from './queue.handler'
import { reports } from './reports.handler'
import { reveal } from './reveal.handler'
import { staffInvite, staffInviteRevoke, staffList, staffRemove } from './staff-admin.handler'
import { stats } from './stats.handler'
import { staffWhoami } from './whoami.handler'
import { caseGet, caseOpen, cases, caseStep } from './cases.handler'
import { dashboard, monthlyReport } from './dashboard.handler'
import { leadCreate, leadDismiss, leadGet, leadImport, leads, leadUrge } from './leads.handler'
import { reportGet } from './report-get.handler'
import { reportAssign, reportClose, reportLink } from './report-triage.handler'
import { ownershipCheck } from './ownership-check.handler'

import { roundGet, roundOpen, rounds } from './rounds.handler'
import { awardCandidates, awardRecord } from './awards.handler'
import { directoryExport } from './directory.handler'
import { activities, activityCheckin, activityCreate, activityGet, activityMark, audiencePreview } from './activities.handler'

export const staffRoutes = routesOf('staff', [
  staffWhoami,
  queue,
  queueCounts,
  staffGet,
  reveal,
  decide,
  stats,
  reports,
  staffCancel,
  exportXlsx,
  exportLinkAction,
  exportDone,
  staffList,
  staffInvite,
  staffInviteRevoke,
  staffRemove,
  ownershipCheck,
  // Supervision (监管): reports inbox, leads, case files, the director's dashboard.
  reportGet,
  reportAssign,
  reportLink,
  reportClose,
  leads,
  leadGet,
  leadCreate,
  leadImport,
  leadUrge,
  leadDismiss,
  cases,
  caseOpen,
  caseGet,
  caseStep,
  dashboard,
  monthlyReport,
  // Outreach (活动与培训): audience, events, attendance.
  audiencePreview,
  activityCreate,
  activities,
  activityGet,
  activityCheckin,
  activityMark,
  // 年度核验 rounds.
  roundOpen,
  rounds,
  roundGet,
  // 评优 nominations and results; the association's directory.
  awardCandidates,
  awardRecord,
  directoryExport
])
