/** Staff entry (代录入), claim codes and the legacy register import. */
import { claimCodeIssueContract, claimCodeRevokeContract, importUploadContract, LEGACY_MAX_BYTES, legacyColumns, legacyImportContract, legacyTemplateContract, staffEntryContract } from '../../core'
import { ADMIN, defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import { storeExport } from '../../services/exports'
import { requireUser } from '../../services/filings'
import { issueClaimCode, revokeClaimCode } from '../../services/intake/claims'
import { importLegacyRegister } from '../../services/intake/legacy-import'
import { enterFiling } from '../../services/intake/staff-entry'
import { reserveUpload } from '../../services/uploads'
import { parseUploadPath } from '../../services/storage-paths'
import { writeXlsxSheet } from '../../services/xlsx-read'

export const staffEntry = defineAction({
  contract: staffEntryContract,
  allow: STAFF,
  handler: async (input, ctx) => enterFiling(requireUser(ctx), input)
})

export const claimCodeIssue = defineAction({
  contract: claimCodeIssueContract,
  allow: STAFF,
  handler: async (input, ctx) => issueClaimCode(requireUser(ctx), input.id)
})

export const claimCodeRevoke = defineAction({
  contract: claimCodeRevokeContract,
  allow: STAFF,
  handler: async (input, ctx) => revokeClaimCode(requireUser(ctx), input.id)
})

export const legacyTemplate = defineAction({
  contract: legacyTemplateContract,
  allow: STAFF,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const columns = legacyColumns(ctx.rt.config)
    const bytes = await writeXlsxSheet('备案台账', columns.map((c) => c.header), [], { title: '填写说明', lines: columns.map((c) => [c.header, c.note]) })
    return storeExport(ctx, bytes, false)
  }
})

export const importUploadLocation = defineAction({
  contract: importUploadContract,
  allow: ADMIN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const r = await reserveUpload(ctx, 'legacy_register', 'xlsx')
    return { uploadId: r.uploadId, cloudPath: r.cloudPath, maxBytes: LEGACY_MAX_BYTES }
  }
})

export const legacyImport = defineAction({
  contract: legacyImportContract,
  allow: ADMIN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const { rt } = ctx
    const path = rt.files.pathOf(input.fileId)
    const uploadId = path === null ? null : parseUploadPath(rt.crypto, ctx.caller.openid, path)
    const row = uploadId === null ? null : await rt.store.trackedFiles.get(uploadId)
    if (!row || row.kind !== 'upload' || row.documentKind !== 'legacy_register' || row.ownerOpenid !== ctx.caller.openid) throw errors.forbidden('这不是您刚上传的表格，请重新选择文件')
    const bytes = await rt.files.read(row.fileId)
    if (bytes === null) throw errors.notFound('表格文件已过期删除，请重新选择文件')
    const report = await importLegacyRegister(ctx, bytes, input.confirm)
    // The upload is kept for the confirming calls after a check; it goes once the last of them wrote (the purge takes it otherwise).
    if (report.written > 0 && report.remaining === 0) {
      await rt.files.remove([row.fileId])
      await rt.store.trackedFiles.remove(row.id)
    }
    return report
  }
})
