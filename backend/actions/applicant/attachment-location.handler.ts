/**
 * Where a supervision photo may be uploaded: the same reserved upload as a document (quota, then
 * ingest-document), bound to its kind and, for a case, to the case, so the photo can later be
 * used only as that. Evidence is for the case's operator only, a signed record for staff only.
 */
import { attachmentLocationContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { requireUser } from '../../services/filings'
import { loadCase } from '../../services/supervision/support'
import { reserveUpload } from '../../services/uploads'

export const attachmentLocation = defineAction({
  contract: attachmentLocationContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
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
    return reserveUpload(ctx, input.kind, input.ext, caseId)
  }
})
