/**
 * Status-change subscription message payloads. Which WeChat field carries what comes from
 * the jurisdiction config (template ids and field keys differ per mini-program).
 */
import type { JurisdictionConfig, TemplateSlot } from './jurisdiction/schema'
import type { TransitionEvent } from './workflow'
import { fieldLabel } from './schemas/field-labels'
import { FILING_DETAIL_PAGE } from './routes'
import { cleanText, fitField, truncate, WECHAT_LIMITS } from './wechat-limits'

export { fitThing, fitPhrase, fitCharacterString, fitTime, fitNumber, fitName, fitField, WECHAT_LIMITS } from './wechat-limits'

export interface StatusMessageFiling {
  id: string
  accountNames: string[]
  filingNumber?: string
}

export interface SubscribeMessage {
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

export { FILING_DETAIL_PAGE }

/** ≤ 5 Chinese characters each. */
function statusPhrase(e: TransitionEvent): string {
  const amendment = e.from === 'amending' || e.to === 'amending'
  switch (e.action) {
    case 'submit':
      return '待审核'
    case 'resubmit':
    case 'amend':
      return amendment ? '变更审核中' : '待审核'
    case 'approve':
      return amendment ? '变更已通过' : '已通过'
    case 'return':
      return '已退回'
    case 'reject':
      return amendment ? '变更未通过' : '已驳回'
    case 'withdraw':
      return '已撤回'
    case 'cancel':
      return '已注销'
    case 'delete':
      return '已删除'
  }
}

function remark(e: TransitionEvent, filing: StatusMessageFiling, config: JurisdictionConfig): string {
  switch (e.action) {
    case 'submit':
    case 'resubmit':
      return `已提交，预计${config.reviewWorkingDays}个工作日内审核`
    case 'amend':
      return '变更已提交，原备案继续有效'
    case 'approve': {
      const n = e.filingNumber ?? filing.filingNumber
      return n ? `备案号：${n}` : '审核通过，请查看备案详情'
    }
    case 'return': {
      const reasons = e.reasons ?? []
      const first = reasons[0] ? fieldLabel(reasons[0].field) : ''
      return reasons.length > 0 ? `需修改${reasons.length}项：${first}` : '请按提示修改后重新提交'
    }
    case 'reject':
      return e.from === 'amending' ? '变更未通过，原备案继续有效' : `理由：${e.reason ?? '请查看详情'}`
    case 'withdraw':
      return e.from === 'amending' || e.to === 'approved' ? '已撤回变更，原备案继续有效' : '您已撤回备案申请'
    case 'cancel':
      return e.actorRole === 'owner' ? '备案已按您的申请注销' : `${config.office.shortName}注销：${e.reason ?? ''}`
    case 'delete':
      return '草稿已删除'
  }
}

/** '开平美食' or '开平美食等3个账号', the count kept visible however long the first name. */
function accountSummary(names: readonly string[]): string {
  const cleaned = names.map(cleanText).filter((n) => n.length > 0)
  if (cleaned.length === 0) return '备案账号'
  if (cleaned.length === 1) return cleaned[0]
  const suffix = `等${cleaned.length}个账号`
  return truncate(cleaned[0], WECHAT_LIMITS.thing - suffix.length) + suffix
}

/** Never throws: every value is cleaned and fitted to its field's limits. */
export function buildStatusMessage(
  event: TransitionEvent,
  filing: StatusMessageFiling,
  config: JurisdictionConfig,
  templateId: string
): SubscribeMessage {
  const values: Record<TemplateSlot, string> = {
    accountName: accountSummary(filing.accountNames),
    status: statusPhrase(event),
    time: event.at,
    remark: remark(event, filing, config),
    filingNumber: event.filingNumber ?? filing.filingNumber ?? '-'
  }
  return { templateId, page: `${FILING_DETAIL_PAGE}?id=${encodeURIComponent(filing.id)}`, data: fitTemplateData(config.subscribeTemplates.statusChanged.fields, values, config.timezone) }
}

/** Each slot's value fitted to the WeChat key the template maps it to (slots without a key are left out). */
export function fitTemplateData<S extends string>(fields: Partial<Record<S, string>>, values: Record<S, string>, timezone: string): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [slot, key] of Object.entries(fields) as [S, string | undefined][]) {
    if (key) data[key] = { value: fitField(key, values[slot], timezone) }
  }
  return data
}
