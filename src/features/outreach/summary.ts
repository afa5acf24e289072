/** 我的备案's outreach card call: a tab page, so only this small contract is bundled. */
import { myOutreachContract, type MyOutreach } from '../../core/contracts/applicant/my-outreach'
import { call } from '../../services/api'

export type OutreachSummary = MyOutreach
export const loadOutreachSummary = () => call(myOutreachContract, {})
