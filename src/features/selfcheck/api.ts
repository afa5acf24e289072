/** The self-check's one call: a 建议备案 operator asks to hear of training and activities (and of crossing the threshold). */
import { outreachOptinContract } from '../../core/contracts/applicant/activities'
import type { EligibilityAnswers } from '../../core/eligibility'
import { call } from '../../services/api'

export const optInToOutreach = (answers: EligibilityAnswers) => call(outreachOptinContract, { optedIn: true, answers })
