import { formPages, formRowCount, formSheet, FormSheetSchema, registrationForm, kaipingConfig, FORM_ACCOUNTS_PER_PAGE, type DraftContent } from '@/core'
import { app, company, douyin, filing, individual, website } from './support/factories'

const form = (c: unknown, opts = {}) => registrationForm(c as DraftContent, kaipingConfig, opts)

describe('the generated 登记备案表', () => {
  it('when a company files a website, an APP and accounts with the office\'s extra fields, then every collected field is printed somewhere on the form', () => {
    const content = filing({
      subject: company(),
      accounts: [
        website({ psbNumber: '粤公网安备44060602000001号', hostingProvider: '腾讯云', interactive: true, emergencyName: '王应急', emergencyMobile: '13700001111' }),
        app({ appFilingNumber: '粤ICP备12345678号-2A', packageName: 'com.kaiping.tong', userCount: 5000 }),
        douyin({ intro: '介绍本地美食', verification: 'enterprise', liveStreaming: false, mcnName: '某某MCN' })
      ]
    })
    const f = form(content)
    const printed = JSON.stringify(f)
    for (const v of ['粤公网安备44060602000001号', '腾讯云', '王应急', '13700001111', '粤ICP备12345678号-2A', 'com.kaiping.tong', '5,000', '介绍本地美食', '企业认证', '某某MCN', '粤ICP备12345678号-1', '华为应用市场', '开平市某某科技有限公司']) {
      expect([v, printed.includes(v)]).toEqual([v, true])
    }
    expect(f.details.map((d) => d.title)).toEqual(['网站1（开平生活网）', 'APP2（开平通）', '自媒体账号3（开平美食）'])
    expect(f.details[0].lines.find((l) => l.label === '是否提供交互式服务')?.value).toBe('是')
  })

  it('when the copy is the one the unit stamps, then the operator\'s ID number is printed in full; otherwise masked', () => {
    const content = filing({ subject: company() })
    const id = (content.operator as { idNumber: string }).idNumber
    expect(form(content, { fullOperatorId: true }).operator?.find((l) => l.label === '证件号码')?.value).toBe(id)
    expect(form(content).operator?.find((l) => l.label === '证件号码')?.value).toMatch(/^\d{6}\*{8}/)
  })

  it('when an individual files, then the form is generated for them too, with their own number masked', () => {
    const f = form(filing({ subject: individual({ name: '张三' }) }), { fullOperatorId: true })
    expect(f.subject.find((l) => l.label === '主体名称')?.value).toBe('张三')
    expect(f.subject.find((l) => l.label === '证件号码')?.value).toMatch(/\*{8}/)
    expect(f.operator).toBeNull()
  })

  it('when an agency files for the subject, then the form prints the agency (name, contact, phone) and a filing without one prints no agency block', () => {
    const content = filing({ subject: company(), agency: { name: '信达代理有限公司', contact: '陈代理', phone: '13912345678' } })
    expect(form(content).agency).toEqual([
      { label: '代理机构名称', value: '信达代理有限公司', wide: true },
      { label: '代理机构联系人', value: '陈代理', wide: false },
      { label: '代理机构联系人手机号码', value: '13912345678', wide: false }
    ])
    expect(form(filing({ subject: company() })).agency).toBeNull()
  })

  it('when a sheet frozen before agency filings existed is read, then it parses with no agency block', () => {
    const sheet = formSheet(filing({ subject: company() }) as DraftContent, kaipingConfig, new Date('2024-03-01T02:00:00Z'))
    const { agency: _dropped, ...older } = sheet.form
    expect(FormSheetSchema.parse({ ...sheet, form: older }).form.agency).toBeNull()
  })

  it('when a filing has 23 accounts, then the form continues on further pages and lists every one of them', () => {
    const accounts = Array.from({ length: 23 }, (_, i) => douyin({ id: `a${i}`, accountName: `开平账号${i + 1}`, accountId: `kp_${i + 1}` }))
    const f = form(filing({ subject: company(), accounts }))
    const pages = formPages(f, 6)
    const rows = pages.flatMap((p) => (p.kind === 'details' ? [] : p.rows))
    expect(rows.map((r) => r[1])).toEqual(accounts.map((a) => (a as { accountName: string }).accountName))
    const tables = pages.flatMap((p) => (p.kind === 'details' ? [] : [p]))
    expect(tables.map((p) => p.rows.length)).toEqual([6, FORM_ACCOUNTS_PER_PAGE, 7])
    expect(tables.map((p) => p.accountsFrom)).toEqual([0, 6, 16])
  })

  it('when many accounts carry details, then detail pages hold whole blocks and no line is dropped', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => douyin({ id: `a${i}`, accountName: `号${i}`, accountId: `id${i}`, intro: `简介${i}`, columns: '栏目', ipLocation: '广东', verification: 'none' }))
    const f = form(filing({ accounts }))
    const details = formPages(f).filter((p) => p.kind === 'details')
    expect(details.length).toBeGreaterThan(1)
    const lines = details.flatMap((p) => (p.kind === 'details' ? p.blocks.flatMap((b) => b.lines) : []))
    expect(lines.length).toBe(f.details.reduce((n, d) => n + d.lines.length, 0))
  })

  it('when lines are laid out, then two short lines share a row and a wide one takes its own', () => {
    expect(formRowCount([{ label: 'a', value: '', wide: false }, { label: 'b', value: '', wide: false }, { label: 'c', value: '', wide: true }, { label: 'd', value: '', wide: false }])).toBe(3)
  })
})
