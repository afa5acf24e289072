import {
  ACTOR_ROLES,
  FilingStatusSchema,
  WorkflowActionSchema,
  availableActions,
  can,
  transition,
  type ActorRole,
  type FilingStatus,
  type WorkflowAction
} from '@/core'

const NOW = new Date('2024-03-15T02:00:00Z')
const STATUSES = FilingStatusSchema.options
const ACTIONS = WorkflowActionSchema.options

/**
 * The whole policy, written out independently of the implementation: status → action → roles
 * allowed. Every other (status, action, role) triple must be refused.
 */
const ALLOWED: Partial<Record<FilingStatus, Partial<Record<WorkflowAction, ActorRole[]>>>> = {
  draft: { submit: ['owner'], delete: ['owner', 'system'] },
  submitted: { withdraw: ['owner'], approve: ['reviewer', 'admin'], return: ['reviewer', 'admin'], reject: ['reviewer', 'admin'] },
  returned: { resubmit: ['owner'], withdraw: ['owner'] },
  approved: { amend: ['owner'], cancel: ['owner', 'admin'] },
  amending: { withdraw: ['owner'], approve: ['reviewer', 'admin'], return: ['reviewer', 'admin'], reject: ['reviewer', 'admin'] },
  withdrawn: { delete: ['owner'] },
  rejected: {},
  cancelled: {}
}

const PAYLOAD = { reasons: [{ field: 'documents.id_front', reason: '照片模糊，请重新拍摄' }], reason: '账号不属于本市管辖范围', filingNumber: '开网备2024000001' }

const triples = STATUSES.flatMap((s) => ACTIONS.flatMap((a) => ACTOR_ROLES.map((r) => [s, a, r] as const)))

describe('can: exhaustive status × action × role table', () => {
  it(`covers all ${STATUSES.length} × ${ACTIONS.length} × ${ACTOR_ROLES.length} combinations`, () => {
    expect(triples).toHaveLength(8 * 9 * 6)
  })

  it.each(triples)('when the filing is %s and the action is %s by %s, then can() follows the policy table', (status, action, role) => {
    const expected = ALLOWED[status]?.[action]?.includes(role) ?? false
    expect(can(status, action, role)).toBe(expected)
    const r = transition({ status }, action, { role, openid: 'o-1' }, NOW, PAYLOAD)
    expect(r.ok).toBe(expected)
    if (!r.ok) expect(['forbidden', 'invalid_state']).toContain(r.code)
  })
})

describe('transition targets', () => {
  const owner = { role: 'owner' as const, openid: 'o-owner' }
  const reviewer = { role: 'reviewer' as const, openid: 'o-staff' }

  it.each([
    ['draft', 'submit', owner, false, 'submitted'],
    ['submitted', 'withdraw', owner, false, 'withdrawn'],
    ['submitted', 'approve', reviewer, false, 'approved'],
    ['submitted', 'return', reviewer, false, 'returned'],
    ['submitted', 'reject', reviewer, false, 'rejected'],
    ['returned', 'resubmit', owner, false, 'submitted'],
    ['returned', 'withdraw', owner, false, 'withdrawn'],
    ['approved', 'amend', owner, false, 'amending'],
    ['amending', 'approve', reviewer, true, 'approved'],
    ['amending', 'return', reviewer, true, 'returned'],
    ['amending', 'reject', reviewer, true, 'approved'],
    ['amending', 'withdraw', owner, true, 'approved'],
    ['returned', 'resubmit', owner, true, 'amending'],
    ['returned', 'withdraw', owner, true, 'approved'],
    ['approved', 'cancel', owner, false, 'cancelled'],
    ['draft', 'delete', owner, false, 'draft']
  ] as const)('when %s gets %s, then the next status follows (hasApprovedVersion=%s → %s)', (status, action, actor, hasApprovedVersion, to) => {
    const r = transition({ status, hasApprovedVersion }, action, actor, NOW, PAYLOAD)
    expect(r).toMatchObject({ ok: true, status: to, event: { action, from: status, to } })
  })

  it('when a transition succeeds, then the event records who, when and why', () => {
    const r = transition({ status: 'submitted' }, 'return', { role: 'reviewer', openid: 'o-staff' }, NOW, {
      reasons: [{ field: 'accounts.0.followers', reason: '  粉丝数与平台显示不一致  ' }]
    })
    expect(r).toEqual({
      ok: true,
      status: 'returned',
      event: {
        action: 'return',
        from: 'submitted',
        to: 'returned',
        actorRole: 'reviewer',
        actorOpenid: 'o-staff',
        at: '2024-03-15T02:00:00.000Z',
        reasons: [{ field: 'accounts.0.followers', reason: '粉丝数与平台显示不一致' }]
      }
    })
  })

  it('when the first approval carries a filing number, then the event has it; without one it is refused', () => {
    const ok = transition({ status: 'submitted' }, 'approve', { role: 'admin', openid: 'o-a' }, NOW, { filingNumber: '开网备2024000001' })
    expect(ok.ok && ok.event.filingNumber).toBe('开网备2024000001')
    const missing = transition({ status: 'submitted' }, 'approve', { role: 'admin', openid: 'o-a' }, NOW)
    expect(missing).toMatchObject({ ok: false, code: 'invalid_payload' })
  })

  it('when an amendment is approved, then no new filing number is needed', () => {
    expect(transition({ status: 'amending', hasApprovedVersion: true }, 'approve', { role: 'reviewer', openid: 'x' }, NOW).ok).toBe(true)
  })

  it('when returning without reasons or with an unknown field, then it is refused as invalid payload', () => {
    const actor = { role: 'reviewer' as const, openid: 'x' }
    expect(transition({ status: 'submitted' }, 'return', actor, NOW, { reasons: [] })).toMatchObject({ ok: false, code: 'invalid_payload' })
    expect(transition({ status: 'submitted' }, 'return', actor, NOW, { reasons: [{ field: 'nope', reason: 'x' }] })).toMatchObject({ ok: false, code: 'invalid_payload' })
  })

  it('when rejecting without a reason, then it is refused with a message asking for one', () => {
    const r = transition({ status: 'submitted' }, 'reject', { role: 'reviewer', openid: 'x' }, NOW, { reason: ' ' })
    expect(r).toEqual({ ok: false, code: 'invalid_payload', message: '驳回时请填写驳回理由（2至500字）' })
  })

  it('when the office cancels a filing, then a reason is required; the owner needs none', () => {
    expect(transition({ status: 'approved' }, 'cancel', { role: 'admin', openid: 'x' }, NOW).ok).toBe(false)
    expect(transition({ status: 'approved' }, 'cancel', { role: 'admin', openid: 'x' }, NOW, { reason: '账号已注销' }).ok).toBe(true)
    expect(transition({ status: 'approved' }, 'cancel', { role: 'owner', openid: 'x' }, NOW).ok).toBe(true)
  })
})

describe('refusals', () => {
  it('when a role may never do the action, then it is forbidden', () => {
    expect(transition({ status: 'submitted' }, 'approve', { role: 'owner', openid: 'o' }, NOW, PAYLOAD)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(transition({ status: 'submitted' }, 'approve', { role: 'system' }, NOW, PAYLOAD)).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('when nobody is logged in, then the message asks to log in', () => {
    expect(transition({ status: 'draft' }, 'submit', { role: 'anonymous' }, NOW)).toEqual({ ok: false, code: 'forbidden', message: '请先登录后再操作' })
  })

  it('when the role may do the action but not in this status, then it is an invalid state naming the status', () => {
    expect(transition({ status: 'approved' }, 'withdraw', { role: 'owner', openid: 'o' }, NOW)).toEqual({
      ok: false,
      code: 'invalid_state',
      message: '该备案当前状态为“已通过”，不能撤回，请刷新后查看最新状态'
    })
  })

  it('when the system tries to delete a withdrawn filing the owner could delete, then it is forbidden', () => {
    expect(transition({ status: 'withdrawn' }, 'delete', { role: 'system' }, NOW)).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('availableActions', () => {
  it('when asked for a status and role, then it lists exactly the allowed actions', () => {
    expect(availableActions('submitted', 'reviewer')).toEqual(['approve', 'return', 'reject'])
    expect(availableActions('approved', 'owner')).toEqual(['amend', 'cancel'])
    expect(availableActions('rejected', 'owner')).toEqual([])
  })
})
