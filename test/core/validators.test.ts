import fc from 'fast-check'
import {
  USCC_ALPHABET,
  parseFollowerCount,
  residentIdCheckChar,
  usccCheckChar,
  validateDomain,
  validateEmail,
  validateFollowers,
  validateIcpNumber,
  validateLandline,
  validateMobile,
  validateOrgCode,
  validatePastDate,
  validatePhone,
  validateResidentId,
  validateResidentIdFormat,
  validateUrl,
  validateUscc,
  orgCodeCheckChar,
  PROVINCE_CODES
} from '@/core'
import { makeOrgCode, makeResidentId, makeUscc } from './support/ids'

const NOW = new Date('2024-03-15T02:00:00Z')

function mutateOneChar(s: string, index: number, alphabet: string, pick: number): string {
  const options = alphabet.split('').filter((c) => c !== s[index])
  return s.slice(0, index) + options[pick % options.length] + s.slice(index + 1)
}

describe('validateResidentId', () => {
  it('when the ID is well formed with a correct check digit, then it passes', () => {
    expect(validateResidentId('11010519491231002X', NOW)).toEqual({ ok: true })
    expect(validateResidentId(makeResidentId(), NOW)).toEqual({ ok: true })
  })

  it('when the check character is a lower-case x, then it is accepted as X', () => {
    expect(validateResidentId('11010519491231002x', NOW).ok).toBe(true)
  })

  it('when the last digit is wrong, then the message names the check digit', () => {
    expect(validateResidentId('110105194912310021', NOW)).toEqual({ ok: false, message: '身份证号码校验位不正确，请核对最后一位' })
  })

  it('when the length is wrong, then the message says how many digits were given', () => {
    const r = validateResidentId('4407831990', NOW)
    expect(r).toEqual({ ok: false, message: '身份证号码应为18位，当前为10位，请核对' })
  })

  it('when the birth date is not a real day, then it fails on the birth date', () => {
    const r = validateResidentId(makeResidentId('440783', '19900230'), NOW)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('出生日期')
  })

  it('when the birth date is after today in Shanghai, then it fails; today itself passes', () => {
    expect(validateResidentId(makeResidentId('440783', '20240316'), NOW).ok).toBe(false)
    expect(validateResidentId(makeResidentId('440783', '20240315'), NOW).ok).toBe(true)
    // 2024-03-15T17:00Z is already the 16th in Shanghai.
    expect(validateResidentId(makeResidentId('440783', '20240316'), new Date('2024-03-15T17:00:00Z')).ok).toBe(true)
  })

  it('when the province code does not exist, then it fails on the region', () => {
    const r = validateResidentId(makeResidentId('990783'), NOW)
    expect(!r.ok && r.message).toContain('省份代码')
  })

  it('when the format-only check is used, then a future birth date is not its concern', () => {
    expect(validateResidentIdFormat(makeResidentId('440783', '20990101')).ok).toBe(true)
  })

  it('when any valid ID is generated, then it passes; when one character changes, then it fails', () => {
    const province = fc.constantFrom(...PROVINCE_CODES)
    const birth = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-03-14T00:00:00Z') }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
    const id = fc
      .tuple(province, fc.stringMatching(/^\d{4}$/), birth, fc.stringMatching(/^\d{3}$/))
      .map(([p, r, b, s]) => makeResidentId(p + r, b, s))
    fc.assert(
      fc.property(id, fc.nat(16), fc.nat(), (valid, index, pick) => {
        expect(validateResidentId(valid, NOW).ok).toBe(true)
        const mutated = mutateOneChar(valid, index === 16 ? 17 : index, '0123456789X', pick)
        // A single substitution always breaks MOD 11-2 (or the digit format before it).
        expect(validateResidentId(mutated, NOW).ok).toBe(false)
      })
    )
  })

  it('when the check digit is computed, then it matches the GB 11643 example', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X')
  })

  it('when input is arbitrary text, then it never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void validateResidentId(s, NOW)))
  })
})

describe('validateUscc', () => {
  it('when a real-format code has a correct check character, then it passes', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true })
    expect(validateUscc(makeUscc())).toEqual({ ok: true })
  })

  it('when lower-case letters or spaces are typed, then it still passes', () => {
    expect(validateUscc(' 91350100m000100y43 ').ok).toBe(true)
  })

  it('when the code contains a letter outside the alphabet, then the message names it', () => {
    const r = validateUscc('91350100M000100I43')
    expect(!r.ok && r.message).toContain('“I”')
  })

  it('when the check character is wrong, then the message says so', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请核对最后一位' })
  })

  it('when the length is wrong, then it fails', () => {
    expect(validateUscc('9135010').ok).toBe(false)
  })

  it('when any generated code gets its check char, then it passes; any single substitution fails', () => {
    const body = fc.array(fc.constantFrom(...USCC_ALPHABET.split('')), { minLength: 17, maxLength: 17 }).map((a) => a.join(''))
    fc.assert(
      fc.property(body, fc.nat(17), fc.nat(), (b, index, pick) => {
        const code = b + usccCheckChar(b)
        expect(validateUscc(code).ok).toBe(true)
        expect(validateUscc(mutateOneChar(code, index, USCC_ALPHABET, pick)).ok).toBe(false)
      })
    )
  })
})

/**
 * Codes published for well-known bodies, not made by our own check function: a self-consistent
 * implementation bug (wrong weights on both sides) cannot pass these. Sources: 深圳市腾讯计算机系统
 * 有限公司 — check-china.com's example report (business licence section); 华为技术有限公司 — the
 * infobox of its Chinese Wikipedia article (機構代碼); the others as published on the national
 * enterprise credit publicity system (国家企业信用信息公示系统). Each also embeds its old
 * 组织机构代码 (characters 9–17), checked independently under GB 11714.
 */
const PUBLISHED_USCC: ReadonlyArray<[string, string]> = [
  ['深圳市腾讯计算机系统有限公司', '91440300708461136T'],
  ['华为技术有限公司', '914403001922038216'],
  ['中国石油天然气股份有限公司', '91110000710925462X'],
  ['中国工商银行股份有限公司', '91100000100003962T'],
  ['北京百度网讯科技有限公司', '91110000802100433B'],
  ['比亚迪股份有限公司', '91440300192317458F'],
  ['中国移动通信集团有限公司', '91110000710925243K'],
  ['国家电网有限公司', '9111000071093123XX'],
  ['中国平安保险（集团）股份有限公司', '91440300100012316L'],
  ['美的集团股份有限公司', '91440606722473344C']
]

describe('published real codes', () => {
  it.each(PUBLISHED_USCC)('when %s\'s published 统一社会信用代码 %s is checked, then it passes and its check character is the published one', (_name, code) => {
    expect(validateUscc(code)).toEqual({ ok: true })
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17])
  })

  it.each(PUBLISHED_USCC)('when the 组织机构代码 inside %s\'s code is checked, then it passes under GB 11714', (_name, code) => {
    const org = `${code.slice(8, 16)}-${code[16]}`
    expect(validateOrgCode(org)).toEqual({ ok: true })
    expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16])
  })

  it.each(PUBLISHED_USCC)('when one character of %s\'s code is changed, then it fails', (_name, code) => {
    const i = 9
    const swapped = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1)
    expect(validateUscc(swapped).ok).toBe(false)
    expect(validateOrgCode(`${swapped.slice(8, 16)}-${swapped[16]}`).ok).toBe(false)
  })
})

describe('validateOrgCode', () => {
  it('when written with or without the hyphen, then a correct code passes', () => {
    const code = makeOrgCode('D2143569')
    expect(validateOrgCode(code)).toEqual({ ok: true })
    expect(validateOrgCode(code.replace('-', ''))).toEqual({ ok: true })
  })

  it('when the check character is wrong, then it fails on the check code', () => {
    const body = '12345678'
    const wrong = orgCodeCheckChar(body) === '1' ? '2' : '1'
    expect(validateOrgCode(`${body}-${wrong}`)).toEqual({ ok: false, message: '组织机构代码校验码不正确，请核对最后一位' })
  })

  it('when the format is wrong, then the message shows an example', () => {
    const r = validateOrgCode('1234')
    expect(!r.ok && r.message).toContain('12345678-9')
  })

  it('when the check value is 10 or 11, then X or 0 is expected', () => {
    // Search a body for each special case rather than hard-coding arithmetic.
    const bodies = Array.from({ length: 200 }, (_, i) => String(10000000 + i))
    expect(bodies.some((b) => orgCodeCheckChar(b) === 'X')).toBe(true)
    expect(bodies.some((b) => orgCodeCheckChar(b) === '0')).toBe(true)
  })
})

describe('phones', () => {
  it.each(['13812345678', '+86 138 1234 5678', '86-138-1234-5678', '19912345678'])('when the mobile is %s, then it passes', (m) => {
    expect(validateMobile(m)).toEqual({ ok: true })
  })

  it.each([
    ['1381234567', '11位'],
    ['12812345678', '13至19'],
    ['1381234567a', '数字']
  ])('when the mobile is %s, then it fails mentioning %s', (m, hint) => {
    const r = validateMobile(m)
    expect(!r.ok && r.message).toContain(hint)
  })

  it.each(['0750-2268763', '020-12345678', '010-88886666', '(0750)2268763', '07502268763', '0750-2268763-123', '0750-2268763转8', '400-123-4567'])(
    'when the landline is %s, then it passes',
    (l) => {
      expect(validateLandline(l)).toEqual({ ok: true })
    }
  )

  it.each(['2268763', '0750-0268763', '0750-22687', '750-2268763'])('when the landline is %s, then it fails with an example', (l) => {
    const r = validateLandline(l)
    expect(!r.ok && r.message).toContain('020-12345678')
  })

  it('when either kind is given, then validatePhone accepts it; otherwise it names both forms', () => {
    expect(validatePhone('13812345678').ok).toBe(true)
    expect(validatePhone('0750-2268763').ok).toBe(true)
    const r = validatePhone('12345')
    expect(!r.ok && r.message).toContain('手机号码')
    expect(validatePhone('')).toEqual({ ok: false, message: '请填写联系电话' })
  })
})

describe('validateEmail', () => {
  it.each(['644636946@qq.com', 'a.b+c@mail.example.gov.cn'])('when %s, then it passes', (e) => expect(validateEmail(e).ok).toBe(true))
  it.each(['644636946qq.com', 'a@b', 'a b@qq.com', 'a@qq.com。', '.a@qq.com', 'a..b@qq.com'])('when %s, then it fails', (e) =>
    expect(validateEmail(e).ok).toBe(false)
  )
})

describe('web', () => {
  it.each(['粤ICP备12345678号', '粤ICP备12345678号-1', '京ICP证030173号', '粤icp备 2021012345号-12', '陇ICP备1234号'])('when the ICP number is %s, then it passes', (n) => {
    expect(validateIcpNumber(n)).toEqual({ ok: true })
  })

  it('when every one of the 31 province abbreviations is used, then each passes', () => {
    const all = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕陇青宁新'
    expect(all.length).toBe(31)
    for (const p of all) expect(validateIcpNumber(`${p}ICP备12345678号`).ok).toBe(true)
  })

  it.each([
    ['港ICP备12345678号', '省份简称'],
    ['ICP备12345678号', '开头'],
    ['粤ICP备12345678', '格式']
  ])('when the ICP number is %s, then it fails mentioning %s', (n, hint) => {
    const r = validateIcpNumber(n)
    expect(!r.ok && r.message).toContain(hint)
  })

  it.each(['example.com', 'www.kaiping.gov.cn', 'xn--fiqs8s.xn--fiqs8s', '开平.中国', 'a-b.example.cn'])('when the domain is %s, then it passes', (d) =>
    expect(validateDomain(d).ok).toBe(true)
  )

  it.each(['example', '-a.com', 'a-.com', 'http://example.com', 'example.com/path', 'exa mple.com', 'example.c'])('when the domain is %s, then it fails', (d) =>
    expect(validateDomain(d).ok).toBe(false)
  )

  it.each(['https://www.example.com', 'http://example.com:8080/a?b=1#c', 'https://1.2.3.4/x', 'https://开平.中国/'])('when the URL is %s, then it passes', (u) =>
    expect(validateUrl(u).ok).toBe(true)
  )

  it.each(['www.example.com', 'ftp://example.com', 'https://', 'https://exa mple.com', 'https://example.com:99999', 'javascript:alert(1)'])(
    'when the URL is %s, then it fails',
    (u) => expect(validateUrl(u).ok).toBe(false)
  )
})

describe('counts and dates', () => {
  it('when followers are a non-negative integer, then they pass; otherwise the message says why', () => {
    expect(validateFollowers(0).ok).toBe(true)
    expect(validateFollowers(5000).ok).toBe(true)
    expect(validateFollowers(-1)).toEqual({ ok: false, message: '粉丝数不能为负数，请核对' })
    expect(validateFollowers(1.5)).toEqual({ ok: false, message: '粉丝数应为整数，请去掉小数' })
    expect(validateFollowers('5000').ok).toBe(false)
  })

  it.each([
    ['12,345', 12345],
    ['1.2万', 12000],
    ['3w', 30000],
    ['1亿', 100000000],
    ['abc', null]
  ])('when a follower count is copied as %s, then it reads as %s', (raw, n) => {
    expect(parseFollowerCount(raw)).toBe(n)
  })

  it('when a date is in the future or malformed, then it fails naming the field', () => {
    expect(validatePastDate('2024-03-15', NOW, '开通日期').ok).toBe(true)
    expect(validatePastDate('2024-03-16', NOW, '开通日期')).toEqual({ ok: false, message: '开通日期不能晚于今天，请重新选择' })
    expect(validatePastDate('2024-02-30', NOW, '开通日期').ok).toBe(false)
  })
})
