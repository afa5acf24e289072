/** Routes of the `staff` function (keyed by each action's contract; every action requires a staff role but whoami). */
// Each action's module loads on its first call (see `lazyRoutes`): a cold start evaluates only the entry.
import { lazyRoutes } from '../../entry/action'

export const staffRoutes = lazyRoutes('staff', {
  'whoami': () => import('./whoami.handler'),
  'queue': () => import('./queue.handler'),
  'queue-counts': () => import('./queue.handler'),
  'get': () => import('./get.handler'),
  'reveal': () => import('./reveal.handler'),
  'decide': () => import('./decide.handler'),
  'stats': () => import('./stats.handler'),
  'reports': () => import('./reports.handler'),
  'cancel': () => import('./cancel.handler'),
  'export': () => import('./export.handler'),
  'export-link': () => import('./export.handler'),
  'export-done': () => import('./export.handler'),
  'staff-list': () => import('./staff-admin.handler'),
  'staff-invite': () => import('./staff-admin.handler'),
  'staff-invite-revoke': () => import('./staff-admin.handler'),
  'staff-remove': () => import('./staff-admin.handler'),
  'ownership-check': () => import('./ownership-check.handler'),
  // Supervision (监管): reports inbox, leads, case files, the director's dashboard.
  'report-get': () => import('./report-get.handler'),
  'report-assign': () => import('./report-triage.handler'),
  'report-link': () => import('./report-triage.handler'),
  'report-close': () => import('./report-triage.handler'),
  'leads': () => import('./leads.handler'),
  'lead-get': () => import('./leads.handler'),
  'lead-create': () => import('./leads.handler'),
  'lead-import': () => import('./leads.handler'),
  'lead-urge': () => import('./leads.handler'),
  'lead-dismiss': () => import('./leads.handler'),
  'cases': () => import('./cases.handler'),
  'case-open': () => import('./cases.handler'),
  'case-get': () => import('./cases.handler'),
  'case-step': () => import('./cases.handler'),
  'dashboard': () => import('./dashboard.handler'),
  'monthly-report': () => import('./dashboard.handler'),
  // Outreach (活动与培训): audience, events, attendance.
  'audience-preview': () => import('./activities.handler'),
  'activity-create': () => import('./activities.handler'),
  'activities': () => import('./activities.handler'),
  'activity-get': () => import('./activities.handler'),
  'activity-checkin': () => import('./activities.handler'),
  'activity-mark': () => import('./activities.handler'),
  'activity-update': () => import('./activity-edit.handler'),
  'activity-cancel': () => import('./activity-edit.handler'),
  // 年度核验 rounds.
  'round-open': () => import('./rounds.handler'),
  'rounds': () => import('./rounds.handler'),
  'round-get': () => import('./rounds.handler'),
  // Staff entry (代录入), claim codes, the legacy register import.
  'staff-entry': () => import('./intake.handler'),
  'claim-code-issue': () => import('./intake.handler'),
  'claim-code-revoke': () => import('./intake.handler'),
  'legacy-template': () => import('./intake.handler'),
  'import-upload-location': () => import('./intake.handler'),
  'legacy-import': () => import('./intake.handler'),
  // 评优 nominations and results; the association's directory.
  'award-candidates': () => import('./awards.handler'),
  'award-record': () => import('./awards.handler'),
  'directory-export': () => import('./directory.handler')
})
