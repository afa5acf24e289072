import {
  DraftContentSchema,
  FilingContentSchema,
  SubjectSchema,
  kaipingConfig,
  missingDocuments,
  requiredDocuments,
  toFieldErrors,
  validateFilingContent,
  validateStep
} from '@/core'
import { app, company, doc, douyin, filing, individual, NOW, publicBody, website } from './support/factories'
import { makeResidentId } from './support/ids'
import { shundeConfig } from './support/shunde'

const cfg = kaipingConfig

function errors(content: unknown, config = cfg) {
  const r = validateFilingContent(content, config, NOW)
  return r.ok ? {} : r.fieldErrors
}

describe('validateFilingContent: valid filings', () => {
  it.each([
    ['an individual', filing()],
    ['a company', filing({ subject: company() })],
    ['a public body', filing({ subject: publicBody() })],
    ['a company with a website, an app and an account', filing({ subject: company(), accounts: [website(), app(), douyin()] })]
  ])('when %s files with everything required, then it passes', (_label, content) => {
    const r = validateFilingContent(content, cfg, NOW)
    expect(r.ok ? 'ok' : r.fieldErrors).toBe('ok')
  })

  it('when values are typed loosely, then the parsed value is normalised', () => {
    const r = validateFilingContent(filing({ subject: individual({ idNumber: makeResidentId('11010519491231002'.slice(0, 6), '19491231', '002').toLowerCase(), phone: '+86 138 1234 5678' }) }), cfg, NOW)
    expect(r.ok).toBe(true)
    if (r.ok && r.value.subject.type === 'individual') {
      expect(r.value.subject.idNumber).toBe('11010519491231002X')
      expect(r.value.subject.phone).toBe('13812345678')
    }
  })
})

describe('validateFilingContent: field errors name the field and the fix', () => {
  it('when several things are wrong, then all are reported at once on dotted paths', () => {
    const valid = makeResidentId()
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1')
    const e = errors(
      filing({
        subject: individual({ idNumber: wrongCheck, phone: '123' }),
        accounts: [douyin({ followers: -5 })],
        documents: [doc('id_front')]
      })
    )
    expect(e['subject.idNumber']).toBe('身份证号码校验位不正确，请核对最后一位')
    expect(e['subject.phone']).toContain('联系电话')
    expect(e['accounts.0.followers']).toBe('粉丝数不能为负数，请核对')
    expect(e['documents.id_back']).toBe('请上传身份证国徽面')
    expect(e['documents.signature']).toBe('请在屏幕上签名确认')
  })

  it('when a required field is missing, then the message asks for it by name', () => {
    const { name: _omit, ...noName } = individual() as Extract<ReturnType<typeof individual>, { type: 'individual' }>
    expect(errors(filing({ subject: noName as never }))['subject.name']).toBe('请填写姓名')
  })

  it('when the subject type is missing, then it asks to choose one', () => {
    expect(errors({ ...filing(), subject: { name: 'x' } })['subject.type']).toContain('请选择主体类型')
  })

  it('when a company gives neither USCC nor organisation code, then it asks for the USCC', () => {
    expect(errors(filing({ subject: company({ uscc: undefined }) }))['subject.uscc']).toContain('统一社会信用代码')
  })

  it('when a company operator has no ID number, then it is required; a public body operator needs none', () => {
    const c = filing({ subject: company(), operator: { sameAsSubject: false, name: '李四', phone: '13912345678' } })
    expect(errors(c)['operator.idNumber']).toBe('请填写运维负责人身份证号码')
    const p = filing({ subject: publicBody(), operator: { sameAsSubject: false, name: '李四', phone: '13912345678' } })
    expect(errors(p)).toEqual({})
  })

  it('when an organisation says the operator is "the same as the subject", then it is refused', () => {
    expect(errors(filing({ subject: company(), operator: { sameAsSubject: true } }))['operator.sameAsSubject']).toContain('运维负责人')
  })

  it('when the applicant is born in the future, then the clock-aware check catches it', () => {
    const e = errors(filing({ subject: individual({ idNumber: makeResidentId('440783', '20240320') }) }))
    expect(e['subject.idNumber']).toBe('身份证号码中的出生日期晚于今天，请核对')
  })

  it('when an account opened in the future, then the date is refused', () => {
    expect(errors(filing({ accounts: [douyin({ openedOn: '2024-03-16' })] }))['accounts.0.openedOn']).toBe('开通日期不能晚于今天，请重新选择')
  })

  it('when the platform is not in the jurisdiction list, then it asks to choose again or pick 其他', () => {
    expect(errors(filing({ accounts: [douyin({ platform: 'myspace' })] }))['accounts.0.platform']).toContain('其他')
    // kuaibao (天天快报号) exists for Kaiping only; both know bilibili (Kaiping added it with 视频号 and 知乎).
    const kuaibao = filing({ accounts: [douyin({ platform: 'kuaibao' })] })
    expect(errors(kuaibao)['accounts.0.platform']).toBeUndefined()
    expect(errors(kuaibao, shundeConfig)['accounts.0.platform']).toBeDefined()
    expect(errors(filing({ accounts: [douyin({ platform: 'bilibili' })] }))['accounts.0.platform']).toBeUndefined()
  })

  it('when the platform is 其他, then a platform name is required', () => {
    expect(errors(filing({ accounts: [douyin({ platform: 'other' })] }))['accounts.0.platformName']).toBe('选择“其他”平台时，请填写平台名称')
  })

  it('when a self-media account has neither ID nor homepage, then one is asked for', () => {
    expect(errors(filing({ accounts: [douyin({ accountId: undefined })] }))['accounts.0.accountId']).toContain('至少一项')
  })

  it('when a website has neither domain nor URL, then one is asked for', () => {
    expect(errors(filing({ accounts: [website({ domain: undefined })] }))['accounts.0.domain']).toContain('域名')
  })

  it('when follower counts are below the threshold, then that is not an error (only eligibility hints)', () => {
    expect(errors(filing({ accounts: [douyin({ followers: 10 })] }))).toEqual({})
  })

  it('when the same account appears twice, then the later copy is flagged', () => {
    const e = errors(filing({ accounts: [douyin(), douyin({ id: 'acc-2', accountId: 'KP_FOOD' })] }))
    expect(e['accounts.1.accountId']).toBe('与第1个账号重复，请删除其中一个')
    const w = errors(filing({ accounts: [website(), website({ id: 'w2', domain: undefined, url: 'https://www.kplife.example.cn/' })] }))
    expect(w['accounts.1.url']).toBe('与第1个账号重复，请删除其中一个')
  })

  it('when there are no accounts or more than 50, then the list is refused', () => {
    expect(errors(filing({ accounts: [] }))['accounts']).toBe('请至少添加一个网站、APP或自媒体账号')
    const many = Array.from({ length: 51 }, (_, i) => douyin({ id: `a${i}`, accountId: `id${i}` }))
    expect(errors(filing({ accounts: many }))['accounts']).toContain('50')
  })

  it('when a public body attaches ID photos, then they are refused (no data the notice does not need)', () => {
    const p = filing({ subject: publicBody(), documents: [doc('org_code_cert'), doc('registration_form'), doc('id_front')] })
    expect(errors(p)['documents.id_front']).toContain('无需提供')
  })

  it('when a company gives a business licence instead of a code certificate (or the reverse), then either satisfies it', () => {
    expect(missingDocuments('company', ['org_code_cert', 'id_front', 'id_back', 'registration_form'])).toEqual([])
    expect(missingDocuments('public_body', ['license', 'registration_form'])).toEqual([])
    expect(errors(filing({ subject: company(), documents: [doc('org_code_cert'), doc('id_front'), doc('id_back'), doc('registration_form')] }))).toEqual({})
  })

  it('when a document entry is malformed, then the error sits on its kind', () => {
    const e = errors(filing({ documents: [doc('id_front', { fileId: '' }), doc('id_back'), doc('signature')] }))
    expect(e['documents.id_front']).toBe('材料文件缺失，请重新上传')
  })

  it('when the commitment is not accepted, then it asks to tick it', () => {
    const e = errors({ ...filing(), commitment: { accepted: false, acceptedAt: NOW.toISOString(), textVersion: 'v1' } })
    expect(e['commitment.accepted']).toBe('请阅读并勾选《信息真实性承诺》')
    expect(errors({ ...filing(), commitment: undefined })['commitment']).toBe('请阅读并勾选《信息真实性承诺》')
  })

  it('when the input is not an object, then a single general error is returned', () => {
    expect(validateFilingContent(null, cfg, NOW)).toEqual({ ok: false, fieldErrors: { '': '备案内容无效，请重新填写' } })
    expect(validateFilingContent([1], cfg, NOW).ok).toBe(false)
  })
})

describe('requiredDocuments', () => {
  it('when asked per subject type, then the notice materials are listed', () => {
    expect(requiredDocuments('individual')).toEqual(['id_front', 'id_back', 'signature'])
    expect(requiredDocuments('company')).toEqual(['license', 'id_front', 'id_back', 'registration_form'])
    expect(requiredDocuments('public_body')).toEqual(['org_code_cert', 'registration_form'])
  })
})

describe('validateStep', () => {
  it('when only the subject step is filled, then that step passes and the others report their own gaps', () => {
    const draft = { subject: individual(), operator: { sameAsSubject: true } }
    expect(validateStep('subject', draft, cfg, NOW)).toEqual({})
    expect(validateStep('accounts', draft, cfg, NOW)).toEqual({ accounts: '请至少添加一个网站、APP或自媒体账号' })
    expect(Object.keys(validateStep('documents', draft, cfg, NOW))).toEqual(['documents'])
    expect(validateStep('commitment', draft, cfg, NOW)).toEqual({ commitment: '请阅读并勾选《信息真实性承诺》' })
  })

  it('when the accounts step has a problem, then errors only mention accounts paths', () => {
    const e = validateStep('accounts', { accounts: [douyin({ accountName: '' })] }, cfg, NOW)
    expect(e).toEqual({ 'accounts.0.accountName': '请填写账号名称' })
  })

  it('when the documents step is checked without a subject type, then it does not guess requirements', () => {
    expect(validateStep('documents', { documents: [doc('id_front')] }, cfg, NOW)).toEqual({})
    expect(validateStep('documents', { subject: { type: 'company' }, documents: [doc('license')] }, cfg, NOW)).toEqual({
      'documents.id_front': '请上传身份证人像面',
      'documents.id_back': '请上传身份证国徽面',
      'documents.registration_form': '请上传登记备案表（盖章）'
    })
  })

  it('when the operator is missing, then the subject step asks for it', () => {
    expect(validateStep('subject', { subject: company() }, cfg, NOW)['operator']).toBe('请填写运维负责人信息')
  })
})

describe('DraftContentSchema', () => {
  it('when a draft is partial, then it is accepted', () => {
    expect(DraftContentSchema.safeParse({}).success).toBe(true)
    expect(DraftContentSchema.safeParse({ subject: { type: 'individual', name: '张' }, accounts: [{ kind: 'self_media', followers: 3 }] }).success).toBe(true)
  })

  it('when a draft carries oversized or mistyped values, then it is refused', () => {
    expect(DraftContentSchema.safeParse({ subject: { name: 'x'.repeat(201) } }).success).toBe(false)
    expect(DraftContentSchema.safeParse({ subject: { type: 'alien' } }).success).toBe(false)
    expect(DraftContentSchema.safeParse({ accounts: Array.from({ length: 51 }, () => ({})) }).success).toBe(false)
    expect(DraftContentSchema.safeParse({ accounts: [{ followers: '1000' }] }).success).toBe(false)
  })

  it('when a draft has unknown keys, then they are dropped rather than stored', () => {
    const r = DraftContentSchema.parse({ subject: { name: '张三', evil: '<script>' }, extra: 1 })
    expect(r).toEqual({ subject: { name: '张三' } })
  })

  it('when a complete draft is checked by every step, then the errors equal the full validation', () => {
    const draft = DraftContentSchema.parse(filing({ accounts: [douyin({ followers: 3 })] }))
    const steps = ['subject', 'accounts', 'documents', 'commitment'] as const
    expect(steps.map((s) => validateStep(s, draft, cfg, NOW))).toEqual([{}, {}, {}, {}])
    expect(validateFilingContent(draft, cfg, NOW).ok).toBe(true)
  })
})

describe('FilingContentSchema and toFieldErrors', () => {
  it('when parsed directly, then cross-field rules still apply', () => {
    const r = FilingContentSchema.safeParse(filing({ documents: [] }))
    expect(r.success).toBe(false)
    if (!r.success) expect(toFieldErrors(r.error)['documents.id_front']).toBe('请上传身份证人像面')
  })

  it('when a subject fails, then toFieldErrors maps the issue to a dotted path with a prefix', () => {
    const r = SubjectSchema.safeParse(individual({ email: 'bad' }))
    expect(r.success).toBe(false)
    if (!r.success) expect(toFieldErrors(r.error, 'subject')).toEqual({ 'subject.email': '电子邮箱缺少“@”，请填写完整地址，如 name@example.com' })
  })

  it('when an optional field is an empty string from a form, then it counts as not given', () => {
    expect(SubjectSchema.safeParse(individual({ email: '' as never })).success).toBe(true)
  })
})
