/** One field catalogue drives labels, return-able paths, review rows, export columns and the form. */
import {
  describeContent,
  EXPORT_COLUMNS,
  FIELD_CATALOGUE,
  FIELD_LABELS,
  fieldPresence,
  findField,
  isKnownFieldPath,
  kaipingConfig,
  registrationForm,
  SENSITIVE_PATHS,
  type DraftContent
} from '@/core'
import { company, douyin, filing, individual, website } from './support/factories'

describe('the field catalogue', () => {
  it('when labels and return-able paths are asked for, then every catalogue field has one and only catalogue paths (plus groups and documents) are known', () => {
    for (const f of FIELD_CATALOGUE) {
      expect(FIELD_LABELS[f.path]).toBe(f.label)
      expect(isKnownFieldPath(f.path.replace('*', '3'))).toBe(true)
    }
    expect(isKnownFieldPath('subject.favouriteColour')).toBe(false)
    expect(SENSITIVE_PATHS).toEqual(['subject.idNumber', 'operator.idNumber'])
  })

  it('when the review screen describes a filing, then its rows follow the catalogue order with display values', () => {
    const c = filing({ subject: individual({ name: '张三' }), accounts: [douyin(), website()] }) as unknown as DraftContent
    const [subject, operator, a1, a2] = describeContent(c, kaipingConfig)
    expect(subject.rows.map((r) => r.path)).toEqual(['subject.type', 'subject.name', 'subject.idNumber', 'subject.phone', 'subject.address', 'subject.town'])
    expect(subject.rows.find((r) => r.path === 'subject.town')?.value).toBe('三埠街道')
    expect(subject.rows.find((r) => r.path === 'subject.idNumber')?.sensitive).toBe('subject.idNumber')
    expect(operator.rows).toEqual([{ path: 'operator.sameAsSubject', label: '运维负责人是否为本人', value: '与主体相同' }])
    expect(a1.rows.find((r) => r.path === 'accounts.0.platform')?.value).toBe('抖音')
    expect(a1.rows.find((r) => r.path === 'accounts.0.followers')?.value).toBe('12,000')
    expect(a2.rows.map((r) => r.path)).toContain('accounts.1.icpNumber')
  })

  it('when the export and the registration form are built, then their headers and lines carry catalogue labels', () => {
    const headers = EXPORT_COLUMNS.map((c) => c.header)
    for (const path of ['subject.type', 'subject.name', 'subject.idNumber', 'subject.phone', 'subject.town', 'accounts.*.accountName', 'accounts.*.followers', 'accounts.*.openedOn']) {
      expect(headers).toContain(findField(path)?.label)
    }
    const form = registrationForm(filing({ subject: company({ legalRepresentative: '王五' }) }) as unknown as DraftContent, kaipingConfig)
    expect(form.subject.map((l) => l.label)).toEqual(['主体类型', '主体名称', '信用代码', '法定代表人', '联系电话', '电子邮箱', '通讯地址', '所在镇街'])
    expect(form.operator?.find((l) => l.label === '证件号码')?.value).toMatch(/^440783\*{8}\d{3}[\dX]$/)
    expect(form.accounts.columns).toEqual(['类型/平台', '账号名称', '账号ID/域名', '粉丝数', '开通日期'])
    expect(form.accounts.rows).toEqual([['抖音', '开平美食', 'kp_food', '12000', '2022-05-01']])
  })

  it('when a field does not apply to the subject type, then its presence is hidden (the hook issue 12 will make configurable)', () => {
    const idNumber = findField('subject.idNumber')
    const uscc = findField('subject.uscc')
    if (!idNumber || !uscc) throw new Error('catalogue incomplete')
    expect(fieldPresence(idNumber, 'company', kaipingConfig)).toBe('hidden')
    expect(fieldPresence(idNumber, 'individual', kaipingConfig)).toBe('required')
    expect(fieldPresence(uscc, 'company', kaipingConfig)).toBe('optional')
  })
})
