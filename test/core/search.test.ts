import { searchQueryOf, searchTermsOf, searchTextOf, type DraftContent } from '@/core'
import { company, filing, miniProgram, website } from './support/factories'

describe('staff search text', () => {
  it('when a company files a website and a mini-program, then its name, codes, phones, hosts and AppID are search terms, and never an ID number', () => {
    const c = filing({ subject: company({ uscc: '91440783MA4W1234X5' }), accounts: [website({ url: 'https://www.kplife.example.cn/about' }), miniProgram()] }) as unknown as DraftContent
    const text = searchTextOf(searchTermsOf(c), '开网备2024000001')
    for (const t of ['开平市某某文化传媒有限公司', '91440783ma4w1234x5', '07502268763', '13912345678', 'kplife.example.cn', 'wx1234567890abcdef', '粤icp备12345678号-1', '开网备2024000001']) expect(text).toContain(t)
    expect(text).not.toMatch(/440783\d{8}/)
  })

  it('when staff type a query, then it is read as the text is written: full-width folded, a phone as its digits', () => {
    expect(searchQueryOf('ＫＰ Food')).toBe('kp food')
    expect(searchQueryOf('+86 138-0013-8000')).toBe('13800138000')
    expect(searchQueryOf('(0750) 2268763')).toBe('07502268763')
    expect(searchQueryOf('开平')).toBe('开平')
  })
})
