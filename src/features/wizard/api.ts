/** The wizard's calls, each through its action's contract in src/core/contracts. */
import { amendContract } from '../../core/contracts/applicant/amend'
import { getFilingContract, type GetFilingOutput } from '../../core/contracts/applicant/get-filing'
import { resubmitContract } from '../../core/contracts/applicant/resubmit'
import { saveDraftContract, type SaveDraftOutput } from '../../core/contracts/applicant/save-draft'
import { submitContract } from '../../core/contracts/applicant/submit'
import { profileGetContract, profilesContract, type ProfileGetOutput, type ProfilesOutput } from '../../core/contracts/applicant/profiles'
import type { FilingOutcome } from '../../core/contracts/shared'
import type { DraftContent } from '../../core/schemas/filing'
import { call } from '../../services/api'
import { amendAsReverify, pendingReverify } from '../outreach'

export type Outcome = FilingOutcome
export type CloudFiling = GetFilingOutput

/** The cloud's copy of a filing being edited (its content with the owner's own ID numbers). */
export function loadCloudFiling (id: string): Promise<CloudFiling> {
  return call(getFilingContract, { id })
}

/** Creates (no id) or updates (id + version) a draft in the cloud. */
export function saveDraft (input: { id?: string, version?: number, content: DraftContent }): Promise<SaveDraftOutput> {
  return call(saveDraftContract, input)
}

export interface SubmitRequest {
  id: string
  version: number
  requestId: string
  subscribed: string[]
  content: DraftContent
}

/** submit (first time) · resubmit (after a return) · amend (change an approved filing). */
export function submitFiling (action: 'submit' | 'resubmit' | 'amend', req: SubmitRequest): Promise<Outcome> {
  // From the 年度核验 screen with changes: the amendment is sent as that answer (one call, one review).
  const reverifying = action === 'amend' ? pendingReverify(req.id) : undefined
  if (reverifying !== undefined) return amendAsReverify(reverifying, req)
  const contract = action === 'submit' ? submitContract : action === 'resubmit' ? resubmitContract : amendContract
  return call(contract, req)
}

/** The applicant's subject profiles (常用主体), offered on step 1 (the 常用主体 screen has its own calls in org). */
export const listProfiles = (): Promise<ProfilesOutput> => call(profilesContract, {})
export const getProfile = (id: string): Promise<ProfileGetOutput> => call(profileGetContract, { id })
export type ProfileItem = ProfilesOutput['items'][number]
