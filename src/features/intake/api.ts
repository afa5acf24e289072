/** Staff intake calls (代录入, 认领码, 导入旧台账), each through its action's contract in src/core/contracts. */
import {
  claimCodeIssueContract,
  claimCodeRevokeContract,
  importUploadContract,
  legacyImportContract,
  legacyTemplateContract,
  staffEntryContract,
  type LegacyImportOutput
} from '../../core/contracts/staff/intake'
import type { ExportLinkOutput } from '../../core/contracts/staff/export'
import type { DraftContent } from '../../core/schemas/filing'
import type { IntakeView } from '../../core/contracts/staff/get'
import type { EntryChannel } from '../../core/intake/channels'
import { call } from '../../services/api'
import { uploadFile } from '../../services/upload'

export type ImportReport = LegacyImportOutput
export type Intake = IntakeView

export const issueClaimCode = (id: string): Promise<{ code: string, expiresAt: string }> => call(claimCodeIssueContract, { id })
export const revokeClaimCode = (id: string): Promise<{ id: string, revoked: boolean }> => call(claimCodeRevokeContract, { id })
export const legacyTemplate = (): Promise<ExportLinkOutput> => call(legacyTemplateContract, {})

/** The spreadsheet goes to the staff member's own upload folder first; the check and the import read it from there. */
export async function uploadRegister (filePath: string): Promise<string> {
  const loc = await call(importUploadContract, {})
  return uploadFile({ cloudPath: loc.cloudPath, filePath })
}

export const importRegister = (fileId: string, confirm: boolean): Promise<ImportReport> => call(legacyImportContract, { fileId, confirm })

export const enterFiling = (content: DraftContent, channel: EntryChannel, receivedOn: string, requestId: string): Promise<{ id: string, status: string, version: number, replayed: boolean }> =>
  call(staffEntryContract, { content, channel, receivedOn, requestId })
