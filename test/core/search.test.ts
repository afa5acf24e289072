import { checkStaffQuery, searchKeysOf, searchQueryOf, searchTermsOf, searchTextOf, staffSearchOf, type DraftContent } from '@/core'
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

describe('staff search keys', () => {
  const text = searchTextOf(['开平市某某文化传媒有限公司', '91440783MA4W1234X5', 'www.kplife.example.cn', 'com.kaiping.life', '13912345678', '粤ICP备12345678号-1'], '开网备2024000001')
  const keys = new Set(searchKeysOf(text))
  const finds = (q: string) => {
    const s = staffSearchOf(q)
    return s !== null && s.keys.every((k) => keys.has(k)) && text.includes(s.text)
  }

  it('when a filing is indexed, then Chinese names give every character and neighbour pair, and identifiers give whole words', () => {
    for (const k of ['开', '开平', '平市', '传媒', '公司', '91440783ma4w1234x5', 'kplife', 'example', 'cn', 'www', 'com', 'kaiping', 'life', '13912345678', '粤', 'icp', '备', '12345678', '号', '1', '开网', '网备', '2024000001']) expect([k, keys.has(k)]).toEqual([k, true])
    // Pairs never cross a separator, and nothing but letters, digits and CJK is a key.
    expect(keys.has('司9')).toBe(false)
    expect([...keys].filter((k) => /[\s.\-:/]/.test(k))).toEqual([])
  })

  it('when staff type a part of a Chinese name, any case or width, a link, a spaced or +86 phone, then the filing is found', () => {
    for (const q of ['开平', '开平市某某', '文化传媒', '９１４４０７８３ＭＡ４Ｗ１２３４Ｘ５', '91440783ma4w1234x5', ' KPLIFE.Example.CN ', 'https://www.kplife.example.cn/about', 'http://kplife.example.cn', 'www.kplife.example.cn', 'kplife', 'com.kaiping.life', '+86 139 1234 5678', '139-1234-5678', '粤ICP备12345678号-1', '开网备2024000001']) {
      expect([q, finds(q)]).toEqual([q, true])
    }
  })

  it('when staff type a part of a word, words out of order or another name, then the filing is not found', () => {
    for (const q of ['kplif', '1391234', '平开', '三埠', 'life.kaiping', '开平 传媒']) expect([q, finds(q)]).toEqual([q, false])
  })

  it('when a query is a link or has spaces, then it is read as its host, its words and its characters in pairs', () => {
    expect(staffSearchOf('https://WWW.KPLife.example.cn/a?b=1')).toEqual({ text: 'kplife.example.cn', keys: ['kplife', 'example', 'cn'] })
    expect(staffSearchOf('开平市')).toEqual({ text: '开平市', keys: ['开平', '平市'] })
    expect(staffSearchOf('张')).toEqual({ text: '张', keys: ['张'] })
    expect(staffSearchOf('KP Food')).toEqual({ text: 'kp food', keys: ['kp', 'food'] })
    expect(staffSearchOf('')).toBeNull()
    expect(staffSearchOf('---')).toBeNull()
  })

  it('when staff paste masked text or punctuation only, then the query is refused with a message saying what to type', () => {
    expect(checkStaffQuery('138****8000')).toEqual({ ok: false, message: expect.stringContaining('完整') })
    expect(checkStaffQuery('张＊明')).toEqual({ ok: false, message: expect.stringContaining('*') })
    expect(checkStaffQuery('-- //')).toEqual({ ok: false, message: expect.stringContaining('文字或数字') })
    expect(checkStaffQuery('开平')).toEqual({ ok: true })
    expect(checkStaffQuery('')).toEqual({ ok: true })
  })
})
