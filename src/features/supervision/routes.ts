/** Page paths of the 监管 subpackage (query values always encoded). */
const ROOT = '/packages/supervision/pages'
const q = (id: string) => encodeURIComponent(id)

export const SV = {
  home: `${ROOT}/home/index`,
  reports: `${ROOT}/reports/index`,
  report: (id: string) => `${ROOT}/report/index?id=${q(id)}`,
  leads: `${ROOT}/leads/index`,
  lead: (id: string) => `${ROOT}/lead/index?id=${q(id)}`,
  newLead: `${ROOT}/lead-new/index`,
  cases: `${ROOT}/cases/index`,
  kase: (id: string) => `${ROOT}/case/index?id=${q(id)}`,
  step: (id: string, type: string) => `${ROOT}/step/index?id=${q(id)}&type=${q(type)}`,
  filing: (id: string) => `/packages/admin/pages/detail/index?id=${q(id)}`,
  notice: (caseId: string, stepId: string) => `/packages/filing/pages/notice/index?case=${q(caseId)}&step=${q(stepId)}&as=staff`,
  publicNotices: '/packages/public/pages/notices/index'
}
