import {
  agencyIssues,
  awaitingPrincipal,
  confirmAgency,
  describeContent,
  EMPTY_INDEX,
  fieldLabel,
  isManager,
  kaipingConfig,
  principalOnSubmit,
  refuseAgency,
  reviewActions,
  withAgencyLetter,
  type FilingState
} from '../../src/core'

const NOW = new Date('2024-03-04T02:00:00.000Z')
const pending = { status: 'pending' as const, inviteId: 'inv-1', openid: null, at: null, reason: null }
const filing = (over: Partial<FilingState> = {}) =>
  ({ id: 'f1', ownerOpenid: 'o-agent', status: 'submitted', createdAt: '2024-03-01T00:00:00.000Z', version: 3, updatedAt: '2024-03-01T00:00:00.000Z', working: { content: {}, secrets: {} }, index: { ...EMPTY_INDEX, accountNames: ['开平美食'] }, filingNumber: null, principal: pending, ...over }) as FilingState

describe('agency (委托代理)', () => {
  test('when a submission carries an agency, then it waits for the principal and approval is not offered', () => {
    expect(principalOnSubmit({ agency: { name: 'x' } })).toMatchObject({ status: 'pending' })
    expect(principalOnSubmit({})).toBeNull()
    expect(awaitingPrincipal(filing())).toBe(true)
    expect(awaitingPrincipal(filing({ status: 'returned' }))).toBe(false)
    expect(reviewActions(filing(), 'reviewer')).not.toContain('approve')
    expect(reviewActions(filing(), 'reviewer')).toContain('return')
    expect(reviewActions(filing({ principal: null }), 'reviewer')).toContain('approve')
  })

  test('when the principal confirms with the current code, then it is recorded and they manage the filing as 委托方', () => {
    const r = confirmAgency(filing(), 'inv-1', 'o-principal', NOW)
    if (!r.ok) throw new Error(r.message)
    expect(r.next.principal).toEqual({ status: 'confirmed', inviteId: null, openid: 'o-principal', at: NOW.toISOString(), reason: null })
    expect(isManager(r.next, 'o-principal')).toBe(true)
    expect(awaitingPrincipal(r.next)).toBe(false)
    expect(r.next.version).toBe(4)
  })

  test('when the agent or an old code answers, then it is refused', () => {
    expect(confirmAgency(filing(), 'inv-1', 'o-agent', NOW)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(confirmAgency(filing(), 'inv-old', 'o-principal', NOW)).toMatchObject({ ok: false, code: 'invalid_state' })
  })

  test('when the principal refuses, then the filing is returned to the agent with the reason on the agency field', () => {
    const r = refuseAgency(filing(), 'inv-1', 'o-principal', '没有委托过该机构', NOW, kaipingConfig)
    if (!r.ok) throw new Error(r.message)
    expect(r.next.status).toBe('returned')
    expect(r.next.returnReasons).toEqual([{ field: 'agency', reason: '委托方拒绝确认：没有委托过该机构' }])
    expect(r.next.fixBy).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(isManager(r.next, 'o-principal')).toBe(false)
    expect(fieldLabel('agency')).toBe('委托代理')
    // The agent is told as by a return: the 补正提醒 names the field and the fix-by date.
    expect(r.message).toMatchObject({ kind: 'returned', openid: 'o-agent', values: { correctionNeeded: { accountName: '开平美食', fields: '需修改1项：委托代理', deadline: r.next.fixBy } } })
  })

  test('when an agency files, then the letter is asked for and required, and refused without an agency', () => {
    expect(withAgencyLetter(['id_front'], { agency: {} })).toEqual(['id_front', 'authorisation_letter'])
    expect(withAgencyLetter(['id_front'], {})).toEqual(['id_front'])
    expect(agencyIssues({ agency: {}, documents: [] })).toEqual([{ path: 'documents.authorisation_letter', message: expect.stringContaining('授权委托书') }])
    expect(agencyIssues({ documents: [{ kind: 'authorisation_letter' }] })[0].message).toContain('无需授权委托书')
    expect(agencyIssues({ agency: {}, documents: [{ kind: 'authorisation_letter' }] })).toEqual([])
  })

  test('when the content names an agency, then the described content has its section', () => {
    const sections = describeContent({ subject: { type: 'individual', name: '张小明' }, agency: { name: '信达代理', contact: '陈代理', phone: '13912345678' } }, kaipingConfig)
    expect(sections.find((s) => s.key === 'agency')).toMatchObject({ title: '委托代理', rows: [{ label: '代理机构名称', value: '信达代理' }, { label: '代理机构联系人', value: '陈代理' }, { label: '代理机构联系人手机号码', value: '13912345678' }] })
  })
})
