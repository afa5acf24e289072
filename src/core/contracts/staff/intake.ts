/** Staff entry (代录入), claim codes and the legacy register import (issue 12 points 5 and 6). */
import { z } from 'zod'
import { EntryChannelSchema } from '../../intake/channels'
import { DraftContentSchema } from '../../schemas/filing'
import { isoDate } from '../../schemas/fields'
import { defineContract } from '../contract'
import { FilingId, RequestId } from '../shared'
import { ExportLinkOutput } from './export'

export const StaffEntryInput = z
  .object({
    content: DraftContentSchema,
    channel: EntryChannelSchema,
    /** The day the materials arrived (local date). */
    receivedOn: isoDate('收到材料日期'),
    requestId: RequestId
  })
  .strict()
export const StaffEntryOutput = z.object({ id: z.string(), status: z.string(), version: z.number().int(), replayed: z.boolean() })

/** Staff type in a filing that arrived by e-mail, post or over the counter: it goes straight into review, for another staff member to decide. */
export const staffEntryContract = defineContract({ fn: 'staff', action: 'staff-entry', input: StaffEntryInput, output: StaffEntryOutput })

export const ClaimCodeInput = z.object({ id: FilingId }).strict()
export const ClaimCodeOutput = z.object({
  /** Shown once to staff, who pass it to the owner; only its hash is stored. */
  code: z.string(),
  expiresAt: z.string()
})
/** A one-time code with which the owner claims an entered or imported filing in the mini-program (a new code replaces the old one). */
export const claimCodeIssueContract = defineContract({ fn: 'staff', action: 'claim-code-issue', input: ClaimCodeInput, output: ClaimCodeOutput })
export const claimCodeRevokeContract = defineContract({ fn: 'staff', action: 'claim-code-revoke', input: ClaimCodeInput, output: z.object({ id: z.string(), revoked: z.boolean() }) })

/** The legacy import template for this city (columns from the field catalogue), delivered like an export. */
export const legacyTemplateContract = defineContract({ fn: 'staff', action: 'legacy-template', input: z.object({}).strict(), output: ExportLinkOutput })

export const ImportUploadOutput = z.object({ uploadId: z.string(), cloudPath: z.string(), maxBytes: z.number().int().positive() })
/** Where staff upload the spreadsheet to import (their own upload folder). */
export const importUploadContract = defineContract({ fn: 'staff', action: 'import-upload-location', input: z.object({}).strict(), output: ImportUploadOutput })

export const LegacyImportInput = z
  .object({
    fileId: z.string({ required_error: '请先选择要导入的 .xlsx 文件' }).min(1, '请先选择要导入的 .xlsx 文件').max(400, '文件标识无效，请重新选择文件'),
    /** false: check and report only; true: write, if (and only if) every row is valid. */
    confirm: z.boolean().default(false)
  })
  .strict()
export const LegacyProblemView = z.object({ row: z.number().int(), column: z.string(), message: z.string() })
export const LegacyImportOutput = z.object({
  rows: z.number().int(),
  filings: z.number().int(),
  /** Filings new to the register (written when confirmed). */
  fresh: z.number().int(),
  /** Filings already imported from the same rows (a re-import changes nothing). */
  unchanged: z.number().int(),
  /** Filings this call wrote (a confirmed call writes at most LEGACY_CALL_FILINGS). */
  written: z.number().int(),
  /** New filings still to write after this call (fresh − written): the screen confirms again while > 0 and there are no problems. */
  remaining: z.number().int(),
  problemCount: z.number().int(),
  /** The first problems, in row order (the count says how many there are). */
  problems: z.array(LegacyProblemView),
  summary: z.string()
})
export type LegacyImportOutput = z.infer<typeof LegacyImportOutput>
/** Import the office's old register: every row checked before anything is written, written in bounded calls the screen repeats while `remaining` > 0; re-import changes nothing (admin). */
export const legacyImportContract = defineContract({ fn: 'staff', action: 'legacy-import', input: LegacyImportInput, output: LegacyImportOutput })
