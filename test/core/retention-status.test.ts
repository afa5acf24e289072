import { areFilesDueForDeletion, isDraftAbandoned, isFiled, kaipingConfig, validateFilingContent } from '@/core'
import { company, filing, NOW } from './support/factories'
import { makeResidentId } from './support/ids'
import { shundeConfig } from './support/shunde'

describe('retention', () => {
  it('when a draft was last saved 90 local days ago in Kaiping, then it is abandoned; 89 days is not', () => {
    const now = new Date('2024-06-30T02:00:00Z')
    expect(isDraftAbandoned('2024-04-01T03:00:00Z', now, kaipingConfig)).toBe(true) // 90 days
    expect(isDraftAbandoned('2024-04-02T03:00:00Z', now, kaipingConfig)).toBe(false) // 89 days
    expect(isDraftAbandoned('2024-05-31T03:00:00Z', now, shundeConfig)).toBe(true) // 30 days there
  })

  it('when a filing was withdrawn or rejected long enough ago, then its photos are due for deletion; approved ones never', () => {
    const now = new Date('2024-06-30T02:00:00Z')
    expect(areFilesDueForDeletion('withdrawn', '2024-05-31T02:00:00Z', now, kaipingConfig)).toBe(true)
    expect(areFilesDueForDeletion('rejected', '2024-06-10T02:00:00Z', now, kaipingConfig)).toBe(false)
    expect(areFilesDueForDeletion('approved', '2020-01-01T00:00:00Z', now, kaipingConfig)).toBe(false)
  })
})

describe('isFiled', () => {
  it('when approved or under amendment with an approved version, then a valid filing exists', () => {
    expect(isFiled({ status: 'approved', hasApprovedVersion: true })).toBe(true)
    expect(isFiled({ status: 'amending', hasApprovedVersion: true })).toBe(true)
    expect(isFiled({ status: 'returned', hasApprovedVersion: true })).toBe(true)
    expect(isFiled({ status: 'returned', hasApprovedVersion: false })).toBe(false)
    expect(isFiled({ status: 'submitted', hasApprovedVersion: false })).toBe(false)
    expect(isFiled({ status: 'cancelled', hasApprovedVersion: true })).toBe(false)
  })
})

describe('messages name the exact field', () => {
  it('when the operator ID or phone is wrong, then the message says 运维负责人', () => {
    const id = makeResidentId('440783', '19850505', '456')
    const bad = id.slice(0, 17) + (id[17] === '1' ? '2' : '1')
    const r = validateFilingContent(filing({ subject: company(), operator: { sameAsSubject: false, name: '李四', idNumber: bad, phone: '12' } }), kaipingConfig, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.fieldErrors['operator.idNumber']).toBe('运维负责人身份证号码校验位不正确，请核对最后一位')
      expect(r.fieldErrors['operator.phone']).toMatch(/^运维负责人联系电话格式不正确/)
    }
  })
})
