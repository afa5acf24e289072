/** Agency actions, each through its contract in src/core/contracts. */
import {
  agencyCodeContract,
  agencyConfirmContract,
  agencyPreviewContract,
  agencyRefuseContract,
  type AgencyCodeOutput,
  type AgencyConfirmOutput,
  type AgencyPreviewOutput
} from '../../core/contracts/applicant/agency'
import { call } from '../../services/api'

export type AgencyPreview = AgencyPreviewOutput

export const principalCode = (id: string): Promise<AgencyCodeOutput> => call(agencyCodeContract, { id })
export const previewAgency = (code: string): Promise<AgencyPreviewOutput> => call(agencyPreviewContract, { code })
export const confirmAgency = (code: string): Promise<AgencyConfirmOutput> => call(agencyConfirmContract, { code })
export const refuseAgency = (code: string, reason: string): Promise<{ refused: true }> => call(agencyRefuseContract, { code, reason })
