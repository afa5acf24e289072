import { COMMON_RETURN_REASONS, commonReturnReasons, DecisionSchema, FIELD_LABELS, fieldLabel, isKnownFieldPath, toFieldErrors } from '@/core'
import { douyin, filing, individual, company } from './support/factories'

describe('fieldLabel', () => {
  it.each([
    ['accounts.1.followers', '账号2 · 粉丝数'],
    ['accounts.0', '账号1'],
    ['subject.idNumber', '身份证号码'],
    ['operator.phone', '运维负责人联系电话'],
    ['documents.id_front', '身份证人像面'],
    ['commitment.accepted', '信息真实性承诺']
  ])('when the path is %s, then the label is %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label)
  })

  it('when content is given, then the account kind and name and the subject type refine the label', () => {
    const content = filing({ accounts: [douyin(), douyin({ id: 'b', accountName: '潭江夜话' })] })
    expect(fieldLabel('accounts.1.followers', content)).toBe('自媒体账号2（潭江夜话）· 粉丝数')
    expect(fieldLabel('subject.name', { subject: individual() })).toBe('姓名')
    expect(fieldLabel('subject.name', { subject: company() })).toBe('单位名称')
  })

  it('when the path is unknown, then it is returned unchanged rather than throwing', () => {
    expect(fieldLabel('foo.bar')).toBe('foo.bar')
    expect(isKnownFieldPath('foo.bar')).toBe(false)
    expect(isKnownFieldPath('accounts.12.homepage')).toBe(true)
  })

  it('when every label is listed, then each is non-empty Chinese', () => {
    for (const label of Object.values(FIELD_LABELS)) expect(label).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('DecisionSchema', () => {
  it('when approving, then a note is optional', () => {
    expect(DecisionSchema.safeParse({ decision: 'approve' }).success).toBe(true)
  })

  it('when returning, then at least one reason on a known field is needed', () => {
    expect(DecisionSchema.safeParse({ decision: 'return', reasons: [{ field: 'documents.id_front', reason: COMMON_RETURN_REASONS[0] }] }).success).toBe(true)
    const none = DecisionSchema.safeParse({ decision: 'return', reasons: [] })
    expect(!none.success && toFieldErrors(none.error)).toEqual({ reasons: '请至少指出一处需要修改的地方' })
    const unknown = DecisionSchema.safeParse({ decision: 'return', reasons: [{ field: 'x.y', reason: '看不清' }] })
    expect(!unknown.success && toFieldErrors(unknown.error)).toEqual({ 'reasons.0.field': '需要修改的项目无效，请重新选择' })
  })

  it('when the same field is returned twice, then the reviewer is asked to merge', () => {
    const r = DecisionSchema.safeParse({ decision: 'return', reasons: [{ field: 'subject.name', reason: 'a' }, { field: 'subject.name', reason: 'b' }] })
    expect(!r.success && toFieldErrors(r.error)).toEqual({ reasons: '同一项目只能填写一条退回原因，请合并' })
  })

  it('when rejecting, then a reason of 2..500 characters is required', () => {
    expect(DecisionSchema.safeParse({ decision: 'reject', reason: '否' }).success).toBe(false)
    expect(DecisionSchema.safeParse({ decision: 'reject', reason: '不属于本市' }).success).toBe(true)
    expect(DecisionSchema.safeParse({ decision: 'reject', reason: '长'.repeat(501) }).success).toBe(false)
  })

  it('when the decision is unknown, then the message asks to choose one', () => {
    const r = DecisionSchema.safeParse({ decision: 'maybe' })
    expect(!r.success && toFieldErrors(r.error)).toEqual({ decision: '请选择审核结果（通过、退回修改或驳回）' })
  })
})

describe('common return reasons follow the field', () => {
  it('when the field is the mailing address, then address reasons are offered and no photo reasons', () => {
    const r = commonReturnReasons('subject.address')
    expect(r).toContain('地址不够详细，请写到门牌号')
    expect(r.join()).not.toMatch(/照片|拍摄|证件反光/)
  })

  it('when the field is a photo, a stamped form, a signature or an account\'s followers, then each gets its own reasons', () => {
    expect(commonReturnReasons('documents.id_front')).toContain('照片模糊，请重新拍摄')
    expect(commonReturnReasons('documents.registration_form')[0]).toBe('登记备案表未盖章，请盖章后重新拍摄')
    expect(commonReturnReasons('documents.signature')).toContain('签名不清晰，请重新签名')
    expect(commonReturnReasons('accounts.2.followers')).toEqual(['粉丝数与平台显示不一致，请核对'])
  })

  it('when any common reason is sent, then DecisionSchema accepts it', () => {
    for (const reason of COMMON_RETURN_REASONS) {
      expect(DecisionSchema.safeParse({ decision: 'return', reasons: [{ field: 'subject.phone', reason }] }).success).toBe(true)
    }
  })
})
