/**
 * Where a supervision photo may be uploaded: inside the uploader's own folder, under reports/ or
 * cases/<caseId>/, so the check when the photo is used is a prefix test. Evidence is for the case's
 * operator only, a signed record for staff only.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../services/documents'
import { requireUser } from '../../services/filings'
import { attachmentFolder, loadCase } from '../../services/supervision/support'
import { AttachmentLocationInput, type AttachmentLocationOutput } from './attachment-location.schema'

export const attachmentLocation = defineAction({
  input: AttachmentLocationInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<AttachmentLocationOutput> => {
    const ctx = requireUser(raw)
    let caseId: string | null = null
    if (input.kind !== 'report_evidence') {
      if (!input.caseId) throw errors.invalid('缺少案件编号，请返回案件重新打开', { caseId: '缺少案件编号' })
      const c = await loadCase(ctx, input.caseId)
      const staff = ctx.caller.role === 'reviewer' || ctx.caller.role === 'admin'
      if (input.kind === 'rectification_evidence' && c.operatorOpenid !== ctx.caller.openid) throw errors.forbidden('这不是您的账号的案件，无法上传整改材料')
      if (input.kind === 'signed_record' && !staff) throw errors.forbidden('约谈记录照片由网信办工作人员上传')
      caseId = c.id
    }
    const cloudPath = `${attachmentFolder(ctx, input.kind, caseId)}/${input.kind}-${ctx.rt.ids.newId()}.${input.ext}`
    return { cloudPath, maxBytes: MAX_DOCUMENT_BYTES, contentTypes: DOCUMENT_TYPES }
  }
})
