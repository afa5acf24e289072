/** The stages of a case file (a leaf module: lists and labels only). */
export const CASE_STAGES = ['open', 'urged', 'summoned', 'interviewed', 'rectifying', 'evidence_submitted', 'rectified', 'sanctioned', 'closed'] as const
export type CaseStage = (typeof CASE_STAGES)[number]
/** Every stage but the last: the case is still being handled. */
export const OPEN_CASE_STAGES: readonly CaseStage[] = CASE_STAGES.filter((s) => s !== 'closed')
export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, string>> = {
  open: '已立案',
  urged: '已督促',
  summoned: '待约谈',
  interviewed: '已约谈',
  rectifying: '整改中',
  evidence_submitted: '整改待验收',
  rectified: '整改完成',
  sanctioned: '已处置',
  closed: '已结案'
}

