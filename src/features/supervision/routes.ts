/** The links the 监管 screens use, from the app's one route table. */
import { paths } from '../../core/routes'

export const SV = {
  home: paths.svHome(),
  reports: paths.svReports(),
  report: paths.svReport,
  leads: paths.svLeads(),
  lead: paths.svLead,
  newLead: paths.svLeadNew(),
  cases: paths.svCases(),
  kase: (id: string) => paths.svCase({ id }),
  newCase: (filingId: string) => paths.svCase({ filing: filingId }),
  step: paths.svStep,
  filing: paths.adminDetail,
  notice: (caseId: string, stepId: string) => paths.notice({ caseId, stepId, asStaff: true }),
  publicNotices: paths.publicNotices(),
  awards: (id?: string) => paths.svAwards({ id })
}
