/** Fields by kind, driven by the jurisdiction config: presence, labels and help per city; the new kinds and documents. */
import {
  askedFields,
  describeContent,
  documentLabelFor,
  fieldHelp,
  fieldLabel,
  fieldLabelIn,
  fieldPresence,
  fieldRuleProblems,
  findField,
  JurisdictionConfigSchema,
  kaipingConfig,
  registrationForm,
  requiredDocuments,
  validateFilingContent,
  validateStep,
  type DraftContent,
  type JurisdictionConfig
} from '@/core'
import { app, company, douyin, filing, individual, miniProgram, NOW, publicBody, website } from './support/factories'
import { shundeConfig } from './support/shunde'

/** A second city that asks differently: 公安备案号 required and renamed, IP属地 hidden, 主管单位 required. */
const strictCity: JurisdictionConfig = JurisdictionConfigSchema.parse({
  ...shundeConfig,
  fields: {
    'accounts.*.psbNumber': { presence: 'required', label: '公安备案号', help: '须先办理公安联网备案' },
    'accounts.*.ipLocation': { presence: 'hidden' },
    'subject.supervisor': { presence: 'required' },
    'accounts.*.liveStreaming': { presence: 'required' }
  }
})

function errors(content: unknown, config = kaipingConfig) {
  const r = validateFilingContent(content, config, NOW)
  return r.ok ? {} : r.fieldErrors
}

function spec(path: string) {
  const f = findField(path)
  if (!f) throw new Error(`catalogue has no ${path}`)
  return f
}

describe('field rules per city', () => {
  it('when the configs are checked, then Kaiping and the strict city have no rule problems, and unknown or fixed fields are named', () => {
    expect(fieldRuleProblems(kaipingConfig)).toEqual([])
    expect(fieldRuleProblems(strictCity)).toEqual([])
    expect(fieldRuleProblems({ fields: { 'accounts.*.favourite': { label: 'x' }, 'accounts.*.accountName': { presence: 'hidden' } } })).toEqual([
      'fields.accounts.*.favourite: 字段目录中没有这个字段',
      'fields.accounts.*.accountName: 该字段是否填写由备案规则决定，不能按城市调整'
    ])
  })

  it('when a city requires 公安联网备案号, then a website without it is refused under the city’s label; Kaiping leaves it optional', () => {
    const content = filing({ subject: company(), accounts: [website()] })
    expect(errors(content)['accounts.0.psbNumber']).toBeUndefined()
    expect(validateStep('accounts', content, strictCity, NOW)['accounts.0.psbNumber']).toBe('请填写公安备案号')
    expect(validateStep('accounts', content, strictCity, NOW)['accounts.0.liveStreaming']).toBeUndefined()
    expect(validateStep('accounts', filing({ accounts: [douyin({ platform: 'toutiao' })] }), strictCity, NOW)['accounts.0.liveStreaming']).toBe('请选择是否开展直播')
    expect(validateStep('accounts', filing({ subject: company(), accounts: [website({ psbNumber: '粤公网安备44060602000001号' })] }), strictCity, NOW)).toEqual({})
  })

  it('when a city hides IP属地, then the wizard does not ask it; Kaiping asks it with its own help text', () => {
    const keys = (config: JurisdictionConfig) => askedFields('account', 'individual', config, 'self_media').map((f) => f.key)
    expect(keys(kaipingConfig)).toEqual(['intro', 'columns', 'verification', 'ipLocation', 'updateFrequency', 'mcnName', 'liveStreaming', 'regulatedField', 'managerName', 'managerMobile'])
    expect(keys(strictCity)).not.toContain('ipLocation')
    expect(fieldHelp(spec('accounts.*.ipLocation'), kaipingConfig)).toBe('账号主页显示的IP属地，如 广东')
    expect(fieldLabelIn(spec('accounts.*.psbNumber'), strictCity)).toBe('公安备案号')
    expect(fieldLabelIn(spec('accounts.*.psbNumber'), kaipingConfig)).toBe('公安联网备案号')
  })

  it('when a field is not configurable, then a city rule cannot change whether it is asked', () => {
    const city = { fields: { 'accounts.*.accountName': { presence: 'hidden' as const } } }
    expect(fieldPresence(spec('accounts.*.accountName'), 'individual', city, 'self_media')).toBe('required')
    expect(fieldPresence(spec('accounts.*.psbNumber'), 'individual', kaipingConfig, 'self_media')).toBe('hidden')
  })

  it('when a public body files, then a city may require 主管单位 and the review shows 单位类别, 主管单位 and 证书类型 by name', () => {
    const body = publicBody({ bodyKind: 'institution', certificateKind: 'institution_certificate' })
    expect(validateStep('subject', filing({ subject: body }), strictCity, NOW)['subject.supervisor']).toBe('请填写主管单位')
    const withSupervisor = filing({ subject: publicBody({ bodyKind: 'institution', certificateKind: 'institution_certificate', supervisor: '开平市文化广电旅游体育局' }) })
    expect(validateStep('subject', withSupervisor, strictCity, NOW)).toEqual({})
    const rows = describeContent(withSupervisor as unknown as DraftContent, kaipingConfig)[0].rows
    expect(rows.filter((r) => ['subject.bodyKind', 'subject.supervisor', 'subject.certificateKind'].includes(r.path)).map((r) => r.value)).toEqual(['事业单位', '开平市文化广电旅游体育局', '事业单位法人证书'])
    expect(errors(filing({ subject: publicBody({ bodyKind: 'ministry' as never }) }))['subject.bodyKind']).toBe('请选择单位类别（党政机关、事业单位或社会团体）')
  })
})

describe('fields by kind', () => {
  it('when a self-media account gives its profile, then every new field passes and reads by name on the review screen and the form', () => {
    const account = douyin({ intro: '介绍本地美食', columns: '探店、家常菜', verification: 'enterprise', ipLocation: '广东', updateFrequency: 'weekly', mcnName: '某某MCN机构', liveStreaming: true, managerName: '王五', managerMobile: '13700001111', regulatedField: 'none' })
    const content = filing({ subject: company(), accounts: [account] })
    expect(errors(content)).toEqual({})
    const rows = describeContent(content as unknown as DraftContent, kaipingConfig)[2].rows
    const value = (k: string) => rows.find((r) => r.path === `accounts.0.${k}`)?.value
    expect([value('verification'), value('updateFrequency'), value('liveStreaming'), value('mcnName')]).toEqual(['企业认证', '每周更新', '是', '某某MCN机构'])
    expect(registrationForm(content as unknown as DraftContent, kaipingConfig).subject.length).toBeGreaterThan(0)
  })

  it('when an account publishes in a regulated field, then its qualification is asked and required', () => {
    expect(askedFields('account', 'individual', kaipingConfig, 'self_media', { regulatedField: 'medicine' }).map((f) => f.key)).toContain('qualification')
    expect(askedFields('account', 'individual', kaipingConfig, 'self_media', { regulatedField: 'none' }).map((f) => f.key)).not.toContain('qualification')
    expect(errors(filing({ accounts: [douyin({ regulatedField: 'medicine' })] }))['accounts.0.qualification']).toBe('涉及医疗卫生领域的账号须填写资质证书名称及编号')
    expect(errors(filing({ accounts: [douyin({ regulatedField: 'medicine', qualification: '互联网药品信息服务资格证书（粤）-非经营性-2024-0001' })] }))).toEqual({})
  })

  it('when a website or an APP gives the office’s extra numbers, then each is checked by its own validator and stored normalised', () => {
    const bad = errors(filing({ subject: company(), accounts: [website({ psbNumber: '粤公网安备1234号', managerMobile: '123' }), app({ appFilingNumber: '粤ICP备12345678号-2', packageName: 'wechat', storeLinks: ['ftp://x'] })] }))
    expect(bad['accounts.0.psbNumber']).toBe('公安联网备案号中的数字应为14位，当前为4位，请核对')
    expect(bad['accounts.0.managerMobile']).toContain('负责人手机号码')
    expect(bad['accounts.1.appFilingNumber']).toContain('这是网站的ICP备案号')
    expect(bad['accounts.1.packageName']).toBe('包名或Bundle ID应由点分隔的至少两段组成，如 com.example.app')
    expect(bad['accounts.1.storeLinks']).toBeDefined()
    const r = validateFilingContent(filing({ subject: company(), accounts: [website({ psbNumber: '粤公网安备 44060602000001号', hostingProvider: '腾讯云', serverLocation: '广东省广州市', interactive: false }), app({ appFilingNumber: '粤ICP备12345678号－2a', packageName: 'com.kaiping.tong', userCount: 12000, securityAssessed: true })] }), kaipingConfig, NOW)
    if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors))
    expect(r.value.accounts[0]).toMatchObject({ psbNumber: '粤公网安备44060602000001号', interactive: false })
    expect(r.value.accounts[1]).toMatchObject({ appFilingNumber: '粤ICP备12345678号-2A', userCount: 12000 })
  })

  it('when a 微信小程序 is filed, then it is a kind of its own, keyed by its AppID, with its -X filing number checked', () => {
    expect(errors(filing({ subject: company(), accounts: [miniProgram({ mpFilingNumber: '粤ICP备12345678号-3X' })] }))).toEqual({})
    const bad = errors(filing({ subject: company(), accounts: [miniProgram({ appId: 'wx123', mpFilingNumber: '粤ICP备12345678号-3A' })] }))
    expect(bad['accounts.0.appId']).toContain('wx开头')
    expect(bad['accounts.0.mpFilingNumber']).toBe('这是APP的备案号（以A结尾），小程序备案号以X结尾，请核对')
    const twice = errors(filing({ subject: company(), accounts: [miniProgram(), miniProgram({ id: 'mp-2', name: '另一个名字', appId: 'WX1234567890ABCDEF' })] }))
    expect(twice['accounts.1.appId']).toBe('与第1个账号重复，请删除其中一个')
    expect(describeContent(filing({ subject: company(), accounts: [miniProgram()] }) as unknown as DraftContent, kaipingConfig)[2].rows[0].value).toBe('微信小程序')
  })

  it('when 视频号, B站, 知乎 or 其他 with a free name is chosen, then each files in Kaiping', () => {
    for (const platform of ['channels', 'bilibili', 'zhihu']) expect(errors(filing({ accounts: [douyin({ platform })] }))).toEqual({})
    expect(errors(filing({ accounts: [douyin({ platform: 'other' })] }))['accounts.0.platformName']).toBe('选择“其他”平台时，请填写平台名称')
    expect(errors(filing({ accounts: [douyin({ platform: 'other', platformName: '西瓜视频' })] }))).toEqual({})
  })
})

describe('identity documents of Hong Kong, Macao, Taiwan and foreign filers', () => {
  it('when an individual files with a 回乡证, 台胞证, 居住证 or passport, then its number is checked by that document and labelled by it', () => {
    for (const [idType, idNumber] of [['hk_macao_permit', 'H12345678'], ['taiwan_permit', '12345678'], ['passport', 'E12345678'], ['passport', '123456789']] as const) {
      expect(errors(filing({ subject: individual({ idType, idNumber }) }))).toEqual({})
    }
    const wrong = errors(filing({ subject: individual({ idType: 'hk_macao_permit', idNumber: '440783199001011234' }) }))
    expect(wrong['subject.idNumber']).toBe('港澳居民来往内地通行证号码以字母H（香港）或M（澳门）开头，请核对')
    expect(fieldLabel('subject.idNumber', { subject: { type: 'individual', idType: 'passport' } })).toBe('护照号码')
    expect(fieldLabel('operator.idNumber', { operator: { idType: 'taiwan_permit' } })).toBe('运维负责人台湾居民来往大陆通行证号码')
  })

  it('when a residence permit’s birth date lies in the future, then it is refused like an ID card’s', () => {
    const first17 = '81000020300101001'
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    const check = '10X98765432'[first17.split('').reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11]
    expect(errors(filing({ subject: individual({ idType: 'residence_permit', idNumber: first17 + check }) }))['subject.idNumber']).toBe('港澳台居民居住证号码中的出生日期晚于今天，请核对')
  })

  it('when a company’s operator holds a passport, then the passport number is accepted and a mainland-ID-only number is not forced', () => {
    const content = filing({ subject: company(), operator: { sameAsSubject: false, name: 'John Smith', idType: 'passport', idNumber: 'GK1234567', phone: '13912345678' } })
    expect(errors(content)).toEqual({})
    expect(errors(filing({ subject: company(), operator: { sameAsSubject: false, name: '陈大文', idType: 'hk_macao_permit', phone: '13912345678' } }))['operator.idNumber']).toBe('请填写运维负责人港澳居民来往内地通行证号码')
  })
})

describe('public bodies prove themselves with their own certificate', () => {
  it('when a 事业单位 names 事业单位法人证书, then the wizard asks for that certificate and it satisfies the requirement', () => {
    expect(requiredDocuments('public_body', 'institution_certificate')).toEqual(['institution_cert', 'registration_form'])
    expect(requiredDocuments('public_body', 'social_organisation_certificate')).toEqual(['social_org_cert', 'registration_form'])
    expect(requiredDocuments('public_body')).toEqual(['org_code_cert', 'registration_form'])
    const subject = publicBody({ bodyKind: 'institution', certificateKind: 'institution_certificate' })
    const docs = [{ kind: 'institution_cert' as const, fileId: 'cloud://env.b/i.jpg', source: 'camera' as const }, { kind: 'registration_form' as const, fileId: 'cloud://env.b/f.jpg', source: 'camera' as const }]
    expect(errors(filing({ subject, documents: docs }))).toEqual({})
    expect(errors(filing({ subject: company(), documents: [...docs, { kind: 'id_front', fileId: 'x', source: 'camera' }, { kind: 'id_back', fileId: 'y', source: 'camera' }] }))['documents.institution_cert']).toBe('该主体类型无需提供事业单位法人证书，请删除')
  })
})

describe('ID photos follow the document held', () => {
  it('when a passport holder files, then only the data page is asked; a permit holder is asked both sides by the permit\'s name', () => {
    const docs = (kinds: string[]) => kinds.map((kind) => ({ kind, fileId: `cloud://env.b/${kind}.jpg`, source: kind === 'signature' ? 'drawn' : 'camera' })) as never
    const passport = filing({ subject: individual({ idType: 'passport', idNumber: 'E12345678' }), documents: docs(['id_front', 'signature']) })
    expect(errors(passport)).toEqual({})
    expect(requiredDocuments('individual', undefined, 'passport')).toEqual(['id_front', 'signature'])
    const permit = filing({ subject: individual({ idType: 'hk_macao_permit', idNumber: 'H12345678' }), documents: docs(['id_front', 'signature']) })
    expect(errors(permit)['documents.id_back']).toBe('请上传港澳居民来往内地通行证（背面）')
    expect(documentLabelFor('id_front', 'passport')).toBe('护照（资料页）')
    expect(documentLabelFor('id_front', undefined)).toBe('身份证人像面')
  })
})
