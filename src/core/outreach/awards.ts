/**
 * 评优 nominations: who qualifies, from the operator's compliance history (no open supervision
 * case, filed on time, the latest 年度核验 done) and their attendance at the office's events.
 * Pure: the backend gathers the facts; this decides and gives every reason, met or not, so staff
 * see why an operator is or is not a candidate.
 */
import { z } from 'zod'
import { optionalNote } from '../supervision/common'

export const AWARD_CRITERIA = ['noOpenCases', 'filedOnTime', 'reverified', 'attended'] as const
export type AwardCriterion = (typeof AWARD_CRITERIA)[number]

/** Events attended (other than 评优 itself) for the attendance criterion. */
export const AWARD_MIN_ATTENDED = 1

export interface ComplianceFacts {
  /** Supervision cases about the operator that are not closed. */
  openCases: number
  /** Any of the operator's filings first submitted after its due date. */
  filedLate: boolean
  /** The operator's latest 年度核验 entry: none opened for them, answered, or not (pending / turned into a lead). */
  reverification: 'none' | 'done' | 'pending' | 'lead'
  /** Events attended (check-in recorded), 评优 events excluded. */
  attended: number
}

export interface AwardReason {
  criterion: AwardCriterion
  met: boolean
  text: string
}

export interface AwardEligibility {
  eligible: boolean
  reasons: AwardReason[]
}

export function awardEligibility(f: ComplianceFacts): AwardEligibility {
  const reasons: AwardReason[] = [
    f.openCases === 0 ? { criterion: 'noOpenCases', met: true, text: '无未结监管案件' } : { criterion: 'noOpenCases', met: false, text: `有${f.openCases}件监管案件尚未结案` },
    f.filedLate ? { criterion: 'filedOnTime', met: false, text: '曾逾期备案' } : { criterion: 'filedOnTime', met: true, text: '按时备案' },
    f.reverification === 'done' || f.reverification === 'none'
      ? { criterion: 'reverified', met: true, text: f.reverification === 'done' ? '已完成年度核验' : '暂无年度核验事项' }
      : { criterion: 'reverified', met: false, text: f.reverification === 'lead' ? '年度核验逾期未响应' : '本次年度核验尚未完成' },
    f.attended >= AWARD_MIN_ATTENDED
      ? { criterion: 'attended', met: true, text: `参加活动${f.attended}次` }
      : { criterion: 'attended', met: false, text: `参加活动不足${AWARD_MIN_ATTENDED}次` }
  ]
  return { eligible: reasons.every((r) => r.met), reasons }
}

/** A candidate's standing in one 评优 event. */
export const NOMINATION_STATUSES = ['nominated', 'awarded', 'not-awarded'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]
export const NOMINATION_LABELS: Readonly<Record<NominationStatus, string>> = { nominated: '已提名', awarded: '获评', 'not-awarded': '未获评' }

/**
 * Staff nominate a candidate who qualifies (once), then record the result of a nomination (once:
 * a result is final; a mistaken one is corrected by the audit trail, not overwritten).
 */
export function nominationStep(current: NominationStatus | null, to: NominationStatus, eligible: boolean): { ok: true } | { ok: false; message: string } {
  if (to === 'nominated') {
    if (current) return { ok: false, message: '该运营者已被提名' }
    if (!eligible) return { ok: false, message: '该运营者不符合评优条件，不能提名' }
    return { ok: true }
  }
  if (current !== 'nominated') return { ok: false, message: current ? '评选结果已记录' : '请先提名，再记录评选结果' }
  return { ok: true }
}

export const NominationNote = optionalNote('备注', 100)
export const NominationTarget = z.enum(NOMINATION_STATUSES, { errorMap: () => ({ message: '请选择提名、获评或未获评' }) })
