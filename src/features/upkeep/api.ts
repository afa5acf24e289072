/** 备案维护's calls, each through its action's contract in src/core/contracts. */
import { directoryConsentContract, myUpkeepContract, upkeepChangeContract, upkeepFollowersContract } from '../../core/contracts/applicant/upkeep'
import type { ChangeKind } from '../../core/outreach/change-kinds'
import { call } from '../../services/api'

export const myUpkeep = () => call(myUpkeepContract, {})
export const reportChange = (filingId: string, kinds: ChangeKind[]) => call(upkeepChangeContract, { filingId, kinds })
export const setListed = (filingId: string, listed: boolean) => call(directoryConsentContract, { filingId, listed })
export const reportFollowers = (followers: number) => call(upkeepFollowersContract, { followers })
