/** The invitation message of an event, under the notification policy (a credit pays for it). */
import type { MessageRequest } from '../notifications/policy'
import { pagePath } from '../routes'
import { ACTIVITY_KIND_LABELS, type ActivityKind } from './activity'

export function activityInviteRequest(a: { kind: ActivityKind; title: string; startsAt: string; place: string; signupDeadlineLocal: string }, openid: string): MessageRequest {
  return {
    kind: 'activityInvite',
    openid,
    // 我的备案 lists the operator's activities.
    page: pagePath('filings'),
    values: { activityInvite: { title: `${ACTIVITY_KIND_LABELS[a.kind]}：${a.title}`, time: a.startsAt, place: a.place, remark: `报名截止 ${a.signupDeadlineLocal}` } }
  }
}

/** What an operator who signed up is told when the event changes or is cancelled (a credit pays for it). */
export function activityChangeRequest(a: { kind: ActivityKind; title: string; startsAt: string; place: string }, openid: string, change: 'changed' | 'cancelled'): MessageRequest {
  return {
    kind: 'activityChange',
    openid,
    page: pagePath('filings'),
    values: { activityInvite: { title: `${change === 'cancelled' ? '已取消' : '有变更'}：${a.title}`, time: a.startsAt, place: a.place, remark: change === 'cancelled' ? '活动已取消，报名自动失效' : '活动时间或地点已变更，请查看详情' } }
  }
}
