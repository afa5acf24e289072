/**
 * What a filing's message says, slot by slot, for each template that may carry it. Which
 * events owe a message at all is the policy's (../notifications/policy.ts): only the office's
 * acts and reminders.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { FilingMessageKind, MessageRequest, MessageValues } from '../notifications/policy'
import { fieldLabel } from '../schemas/field-labels'
import { cleanText, truncate, WECHAT_LIMITS } from '../wechat-limits'
import type { FilingEvent } from './events'

import { pageUrl } from '../routes'

/** '开平美食' or '开平美食等3个账号', the count kept visible however long the first name. */
export function accountSummary(names: readonly string[]): string {
  const cleaned = names.map(cleanText).filter((n) => n.length > 0)
  if (cleaned.length === 0) return '备案账号'
  if (cleaned.length === 1) return cleaned[0]
  const suffix = `等${cleaned.length}个账号`
  return truncate(cleaned[0], WECHAT_LIMITS.thing - suffix.length) + suffix
}

/** The message an event owes under the policy, or null (the applicant's own acts owe none). */
export function messageKindOf(e: Pick<FilingEvent, 'action' | 'actorRole'>): FilingMessageKind | null {
  switch (e.action) {
    case 'approve':
      return 'approved'
    case 'return':
      return 'returned'
    case 'reject':
      return 'rejected'
    case 'cancel':
      return e.actorRole === 'admin' ? 'officeCancelled' : null
    case 'remind':
      return 'fixByReminder'
    default:
      return null
  }
}

interface MessageFiling {
  id: string
  ownerOpenid: string
  accountNames: readonly string[]
  filingNumber: string | null
}

function values(kind: FilingMessageKind, e: FilingEvent, f: MessageFiling, config: JurisdictionConfig): MessageValues {
  const accountName = accountSummary(f.accountNames)
  const amendment = e.from === 'amending' || (e.from === 'returned' && e.to === 'approved')
  const number = e.filingNumber ?? f.filingNumber ?? ''
  switch (kind) {
    case 'approved':
      return { reviewResult: { accountName, result: amendment ? '变更已通过' : '已通过', time: e.at, remark: number ? `备案号：${number}` : '审核通过，请查看备案详情', filingNumber: number } }
    case 'rejected':
      return { reviewResult: { accountName, result: amendment ? '变更未通过' : '已驳回', time: e.at, remark: amendment ? '变更未通过，原备案继续有效' : `理由：${e.reason ?? '请查看详情'}`, filingNumber: number } }
    case 'officeCancelled':
      return { reviewResult: { accountName, result: '已注销', time: e.at, remark: `${config.office.shortName}注销：${e.reason ?? ''}`, filingNumber: number } }
    case 'returned': {
      const reasons = e.reasons ?? []
      const first = reasons[0] ? fieldLabel(reasons[0].field) : ''
      const fields = reasons.length > 0 ? `需修改${reasons.length}项：${first}` : '请按提示修改后重新提交'
      const by = e.fixBy ? `，请于${e.fixBy}前重新提交` : ''
      return {
        correctionNeeded: { accountName, fields, deadline: e.fixBy ?? '', remark: reasons[0]?.reason ?? '请查看退回原因' },
        reviewResult: { accountName, result: '已退回', time: e.at, remark: `${fields}${by}`, filingNumber: number }
      }
    }
    case 'fixByReminder':
      return {
        deadlineReminder: { accountName, deadline: e.fixBy ?? '', remark: '退回的备案即将到期，请尽快修改并重新提交' },
        correctionNeeded: { accountName, fields: '退回的备案即将到期', deadline: e.fixBy ?? '', remark: '请尽快修改并重新提交' }
      }
  }
}

/** The message request an event owes the filing's owner, or null. */
export function filingMessage(e: FilingEvent, f: MessageFiling, config: JurisdictionConfig): MessageRequest | null {
  const kind = messageKindOf(e)
  if (kind === null) return null
  return { kind, openid: f.ownerOpenid, page: pageUrl('filingDetail', { id: f.id }).slice(1), values: values(kind, e, f, config) }
}
