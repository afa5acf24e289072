/** Organisation actions, each through its contract in src/core/contracts. */
import { bulkAccountsContract, bulkTemplateContract, type BulkAccountsOutput, type BulkTemplateOutput } from '../../core/contracts/applicant/bulk-accounts'
import { managerInviteContract, managerJoinContract, managerRemoveContract, managersContract, type ManagerInviteOutput, type ManagerJoinOutput, type ManagersOutput } from '../../core/contracts/applicant/managers'
import { codePreviewContract, transferAcceptContract, transferCancelContract, transferStartContract, type CodePreviewOutput, type TransferAcceptOutput, type TransferPreview, type TransferStartOutput } from '../../core/contracts/applicant/transfer'
import { call } from '../../services/api'

export type Managers = ManagersOutput
export type BulkReport = BulkAccountsOutput
export type { TransferPreview }

export const listManagers = (id: string): Promise<ManagersOutput> => call(managersContract, { id })
export const inviteManager = (id: string, name: string): Promise<ManagerInviteOutput> => call(managerInviteContract, { id, name })
export const joinFiling = (code: string): Promise<ManagerJoinOutput> => call(managerJoinContract, { code })
export const removeManager = (id: string, version: number, memberId: string): Promise<{ left: boolean }> => call(managerRemoveContract, { id, version, memberId })
export const bulkTemplate = (): Promise<BulkTemplateOutput> => call(bulkTemplateContract, {})
export const bulkImport = (id: string, version: number, file: string): Promise<BulkAccountsOutput> => call(bulkAccountsContract, { id, version, file })
export const startTransfer = (id: string, version: number, toName: string): Promise<TransferStartOutput> => call(transferStartContract, { id, version, toName })
export const cancelTransfer = (id: string): Promise<{ id: string, version: number }> => call(transferCancelContract, { id })
/** Which kind of code the join box holds: a co-manager code, or a transfer code with what it hands over. */
export const previewCode = (code: string): Promise<CodePreviewOutput> => call(codePreviewContract, { code })
export const acceptTransfer = (code: string): Promise<TransferAcceptOutput> => call(transferAcceptContract, { code })
