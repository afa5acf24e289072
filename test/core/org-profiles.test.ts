import { applyProfile, profileDiffers, profileDocumentKinds, profileFromContent, ProfileContentSchema, subjectKey, type DraftContent } from '@/core'

const COMPANY: DraftContent = {
  subject: { type: 'company', name: '开平市示例科技有限公司', uscc: '91350100M000100Y43', legalRepresentative: '李法人', phone: '07502268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
  operator: { sameAsSubject: false, name: '王运维', idNumber: '440783199001011230', phone: '13800138000' },
  accounts: [],
  documents: [
    { kind: 'license', fileId: 'cloud://docs/licence-p1.jpg', source: 'camera' },
    { kind: 'license', fileId: 'cloud://docs/licence-p2.jpg', source: 'camera' },
    { kind: 'id_front', fileId: 'cloud://docs/op-front.jpg', source: 'camera' },
    { kind: 'id_back', fileId: 'cloud://docs/op-back.jpg', source: 'camera' },
    { kind: 'registration_form', fileId: 'cloud://docs/form.jpg', source: 'camera' },
    { kind: 'account_proof', fileId: 'cloud://docs/proof.jpg', source: 'album', accountKey: 'self_media:douyin:kp' }
  ]
}

describe('subject profiles (常用主体)', () => {
  test('when the kept kinds are asked per subject type, then only documents proving the subject itself are kept (an organisation\'s ID photos are the operator\'s)', () => {
    expect(profileDocumentKinds('company')).toEqual(['license', 'org_code_cert'])
    expect(profileDocumentKinds('public_body')).toEqual(['org_code_cert', 'license', 'institution_cert', 'social_org_cert'])
    expect(profileDocumentKinds('individual')).toEqual(['id_front', 'id_back'])
  })

  test('when a company filing gives its profile, then it holds the subject and both licence pages, not the form, screenshots or the operator\'s ID', () => {
    const r = profileFromContent(COMPANY)
    if (!r.ok) throw new Error(r.message)
    expect(r.value.subject).toMatchObject({ type: 'company', uscc: '91350100M000100Y43' })
    expect(r.value.documents.map((d) => d.fileId)).toEqual(['cloud://docs/licence-p1.jpg', 'cloud://docs/licence-p2.jpg'])
  })

  test('when a filing\'s subject is incomplete, then no profile is made from it, and the refusal says so in Chinese', () => {
    const r = profileFromContent({ ...COMPANY, subject: { type: 'company', name: '开平' } })
    expect(r).toEqual({ ok: false, code: 'invalid_state', message: '该备案的主体信息不完整，无法保存为常用主体' })
  })

  test('when a profile is copied into a new filing, then subject and licence are replaced and the form and account screenshots stay', () => {
    const profile = profileFromContent(COMPANY)
    if (!profile.ok) throw new Error(profile.message)
    const other: DraftContent = { subject: { type: 'individual', name: '张三' }, documents: [{ kind: 'id_front', fileId: 'cloud://docs/zhang.jpg', source: 'camera' }, { kind: 'registration_form', fileId: 'cloud://docs/form2.jpg', source: 'camera' }] }
    const next = applyProfile(other, profile.value)
    expect(next.subject).toEqual(profile.value.subject)
    // An individual's ID photo is not the company's operator's: it goes with the old subject.
    expect(next.documents?.map((d) => d.fileId)).toEqual(['cloud://docs/licence-p1.jpg', 'cloud://docs/licence-p2.jpg', 'cloud://docs/form2.jpg'])
    expect(profileDiffers(COMPANY, profile.value)).toBe(false)
    expect(profileDiffers({ ...COMPANY, subject: { ...COMPANY.subject, phone: '07502268111' } }, profile.value)).toBe(true)
  })

  test('when a profile holds a per-filing material or too many licence pages, then the schema names the document in Chinese', () => {
    const subject = profileFromContent(COMPANY)
    if (!subject.ok) throw new Error(subject.message)
    const form = ProfileContentSchema.safeParse({ subject: subject.value.subject, documents: [{ kind: 'registration_form', fileId: 'f', source: 'camera' }] })
    expect(form.success ? [] : form.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['documents.registration_form', '常用主体不保存登记备案表（盖章）（每次备案单独提供），请删除']])
    const pages = ProfileContentSchema.safeParse({ subject: subject.value.subject, documents: Array.from({ length: 5 }, (_, i) => ({ kind: 'license', fileId: `f${i}`, source: 'camera' })) })
    expect(pages.success ? [] : pages.error.issues.map((i) => i.message)).toEqual(['营业执照最多4页，请删除多余的'])
  })

  test('when the subject is identified across filings, then organisations match by code (any case) and people by their normalised ID number', () => {
    expect(subjectKey({ type: 'company', uscc: '91350100m000100y43 ' })).toBe('org:91350100M000100Y43')
    expect(subjectKey({ type: 'public_body', orgCode: '12345678-9' })).toBe('org:12345678-9')
    expect(subjectKey({ type: 'individual', idNumber: '44078319900101123x' })).toBe(subjectKey({ type: 'individual', idNumber: '44078319900101123X' }))
    expect(subjectKey({ type: 'company', name: '无代码' })).toBeNull()
    expect(subjectKey(undefined)).toBeNull()
  })
})
