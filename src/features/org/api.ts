/** Organisation actions, each through its contract in src/core/contracts. */
import { bulkAccountsContract, bulkTemplateContract, type BulkAccountsOutput, type BulkTemplateOutput } from '../../core/contracts/applicant/bulk-accounts'
import { managerInviteContract, managerJoinContract, managerRemoveContract, managersContract, type ManagerInviteOutput, type ManagerJoinOutput, type ManagersOutput } from '../../core/contracts/applicant/managers'
import { call } from '../../services/api'

export type Managers = ManagersOutput
export type BulkReport = BulkAccountsOutput

export const listManagers = (id: string): Promise<ManagersOutput> => call(managersContract, { id })
export const inviteManager = (id: string, name: string): Promise<ManagerInviteOutput> => call(managerInviteContract, { id, name })
export const joinFiling = (code: string): Promise<ManagerJoinOutput> => call(managerJoinContract, { code })
export const removeManager = (id: string, version: number, memberId: string): Promise<{ left: boolean }> => call(managerRemoveContract, { id, version, memberId })
export const bulkTemplate = (): Promise<BulkTemplateOutput> => call(bulkTemplateContract, {})
export const bulkImport = (id: string, version: number, file: string): Promise<BulkAccountsOutput> => call(bulkAccountsContract, { id, version, file })
