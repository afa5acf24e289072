/** Subject profile (常用主体) calls, each through its contract in src/core/contracts. */
import {
  profileDeleteContract,
  profileGetContract,
  profilesContract,
  profileSaveContract,
  profileSyncContract,
  type ProfileGetOutput,
  type ProfileListItem,
  type ProfileSaveOutput,
  type ProfilesOutput,
  type ProfileSyncOutput
} from '../../core/contracts/applicant/profiles'
import { call } from '../../services/api'

export type ProfileItem = ProfileListItem
export type ProfileDetail = ProfileGetOutput

export const listProfiles = (): Promise<ProfilesOutput> => call(profilesContract, {})
export const getProfile = (id: string): Promise<ProfileGetOutput> => call(profileGetContract, { id })
export const saveProfile = (filingId: string): Promise<ProfileSaveOutput> => call(profileSaveContract, { filingId })
export const deleteProfile = (id: string, version: number): Promise<{ id: string }> => call(profileDeleteContract, { id, version })
export const syncProfile = (id: string, version: number, filingIds: string[], requestId: string): Promise<ProfileSyncOutput> => call(profileSyncContract, { id, version, filingIds, requestId })
