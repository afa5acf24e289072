import {
  normalizeAppFilingNumber,
  normalizeDocNumber,
  normalizePsbNumber,
  residentIdCheckChar,
  validateAppFilingNumber,
  validateDocNumber,
  validateHkMacaoPermit,
  validatePackageName,
  validatePassport,
  validatePsbNumber,
  validateResidencePermit,
  validateTaiwanPermit
} from '@/core'

function residencePermit(prefix: string, birth: string, seq = '001'): string {
  const first17 = `${prefix}${birth}${seq}`
  return first17 + residentIdCheckChar(first17)
}

describe('港澳居民来往内地通行证', () => {
  it('when the number is H or M and 8 digits (card since 2013), then it passes, spaces and case aside', () => {
    expect(validateHkMacaoPermit('H12345678')).toEqual({ ok: true })
    expect(validateHkMacaoPermit('m 8765 4321')).toEqual({ ok: true })
    expect(normalizeDocNumber('h1234 5678')).toBe('H12345678')
  })
  it('when it is the older card with a 2-digit issue count, then it passes', () => {
    expect(validateHkMacaoPermit('H1234567801').ok).toBe(true)
  })
  it('when the letter is not H or M, or the digits are too few, then the message names the field and the shape', () => {
    expect(validateHkMacaoPermit('A12345678')).toEqual({ ok: false, message: '港澳居民来往内地通行证号码以字母H（香港）或M（澳门）开头，请核对' })
    expect(validateHkMacaoPermit('H1234567')).toEqual({ ok: false, message: '港澳居民来往内地通行证号码应为H或M加8位数字（如 H12345678），请对照证件核对' })
    expect(validateHkMacaoPermit('')).toEqual({ ok: false, message: '请填写港澳居民来往内地通行证号码' })
  })
})

describe('台湾居民来往大陆通行证', () => {
  it('when the number is 8 digits (card since 2015) or an older 10-digit booklet number, then it passes', () => {
    expect(validateTaiwanPermit('12345678').ok).toBe(true)
    expect(validateTaiwanPermit('1234567890').ok).toBe(true)
    expect(validateTaiwanPermit('1234567890(B)').ok).toBe(true)
  })
  it('when it has letters or 9 digits, then it is refused', () => {
    expect(validateTaiwanPermit('T1234567').ok).toBe(false)
    expect(validateTaiwanPermit('123456789').ok).toBe(false)
  })
})

describe('港澳台居民居住证', () => {
  it('when the number starts 810000/820000/830000 and its GB 11643 check character is right, then it passes', () => {
    for (const prefix of ['810000', '820000', '830000']) expect(validateResidencePermit(residencePermit(prefix, '19800101')).ok).toBe(true)
  })
  it('when it is a mainland ID number, then it is refused with the prefixes named', () => {
    expect(validateResidencePermit('11010519491231002X')).toEqual({ ok: false, message: '港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头，请核对' })
  })
  it('when the check character is wrong, then the last character is named', () => {
    const good = residencePermit('810000', '19800101')
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    expect(validateResidencePermit(bad)).toEqual({ ok: false, message: '港澳台居民居住证号码校验位不正确，请核对最后一位' })
  })
})

describe('护照', () => {
  it('when it is a Chinese ordinary passport (E + 8 digits, E + letter + 7 digits, older G + 8 digits), then it passes', () => {
    for (const n of ['E12345678', 'EA1234567', 'EH7654321', 'G12345678']) expect(validatePassport(n)).toEqual({ ok: true })
  })
  it('when it is a foreign passport number (US 9 digits, UK 9 digits, Canada 2 letters + 6 digits), then it passes', () => {
    for (const n of ['123456789', 'GK1234567', 'AB123456', 'c01x00t47']) expect(validatePassport(n).ok).toBe(true)
  })
  it('when a Chinese-looking number has a digit too few or the letter I, then the Chinese shape is named', () => {
    expect(validatePassport('E1234567')).toEqual({ ok: false, message: '中国护照号码应为E加8位数字或E加1个字母和7位数字（如 E12345678、EA1234567），请核对' })
    expect(validatePassport('EI1234567').ok).toBe(false)
  })
  it('when it has symbols, no digit, or is too short, then it is refused', () => {
    expect(validatePassport('AB-12345').ok).toBe(false)
    expect(validatePassport('ABCDEFG').ok).toBe(false)
    expect(validatePassport('A123').ok).toBe(false)
  })
  it('when dispatched by type, then each document uses its own rule and label', () => {
    expect(validateDocNumber('passport', 'E12345678', '运维负责人证件号码')).toEqual({ ok: true })
    expect(validateDocNumber('hk_macao_permit', 'E12345678', '运维负责人证件号码')).toEqual({ ok: false, message: '运维负责人证件号码以字母H（香港）或M（澳门）开头，请核对' })
  })
})

describe('公安联网备案号', () => {
  it('when it is a number published in a real site footer (baidu.com 京公网安备11000002000001号, sina.com.cn 京公网安备11000002000016号), then it passes', () => {
    expect(validatePsbNumber('京公网安备11000002000001号')).toEqual({ ok: true })
    expect(validatePsbNumber('京公网安备 11000002000016号')).toEqual({ ok: true })
    expect(normalizePsbNumber('粤公网安备 44010602000001号')).toBe('粤公网安备44010602000001号')
  })
  it('when Gansu is written 甘 (as 公安 writes it) or 陇 (as ICP does), then both pass', () => {
    expect(validatePsbNumber('甘公网安备62010002000001号').ok).toBe(true)
    expect(validatePsbNumber('陇公网安备62010002000001号').ok).toBe(true)
  })
  it('when the digits are not 14, or do not match the province, or the abbreviation is unknown, then the message says which', () => {
    expect(validatePsbNumber('粤公网安备4407830200001号')).toEqual({ ok: false, message: '公安联网备案号中的数字应为14位，当前为13位，请核对' })
    expect(validatePsbNumber('粤公网安备11000002000001号')).toEqual({ ok: false, message: '公安联网备案号中的数字应以44开头（与“粤”对应），请核对' })
    expect(validatePsbNumber('港公网安备44078302000001号').ok).toBe(false)
    expect(validatePsbNumber('粤ICP备12345678号').ok).toBe(false)
  })
})

describe('APP备案号', () => {
  it('when it is the ICP number with a serial and the suffix A (MIIT 2023 format), then it passes, full-width dash and spaces aside', () => {
    expect(validateAppFilingNumber('粤ICP备12345678号-2A')).toEqual({ ok: true })
    expect(validateAppFilingNumber('京ICP备 16016397号－3a')).toEqual({ ok: true })
    expect(normalizeAppFilingNumber('京ICP备 16016397号－3a')).toBe('京ICP备16016397号-3A')
  })
  it('when it is a website number or a mini-program number, then the message says which it is', () => {
    expect(validateAppFilingNumber('粤ICP备12345678号-2')).toEqual({ ok: false, message: '这是网站的ICP备案号，APP备案号在序号后带A（如 粤ICP备12345678号-2A），请在APP“关于”页或工信部备案系统中核对' })
    expect(validateAppFilingNumber('粤ICP备12345678号-2X')).toEqual({ ok: false, message: '这是小程序的备案号（以X结尾），APP备案号以A结尾，请核对' })
    expect(validateAppFilingNumber('12345678号-2A').ok).toBe(false)
  })
})

describe('APP包名 / Bundle ID', () => {
  it('when it is a real published package name (微信 com.tencent.mm, 抖音 com.ss.android.ugc.aweme, 快手 com.smile.gifmaker, B站 tv.danmaku.bili, 知乎 com.zhihu.android, 小红书 com.xingin.xhs), then it passes', () => {
    for (const p of ['com.tencent.mm', 'com.ss.android.ugc.aweme', 'com.smile.gifmaker', 'tv.danmaku.bili', 'com.zhihu.android', 'com.xingin.xhs']) {
      expect(validatePackageName(p)).toEqual({ ok: true })
    }
  })
  it('when it is a real iOS Bundle ID (微信 com.tencent.xin, one with a hyphen), then it passes', () => {
    expect(validatePackageName('com.tencent.xin').ok).toBe(true)
    expect(validatePackageName('com.kaiping-news.app').ok).toBe(true)
  })
  it('when it has one segment, a space, Chinese, an empty segment or a Java keyword segment with underscores, then it is refused with the reason', () => {
    expect(validatePackageName('wechat')).toEqual({ ok: false, message: '包名或Bundle ID应由点分隔的至少两段组成，如 com.example.app' })
    expect(validatePackageName('com.example app').ok).toBe(false)
    expect(validatePackageName('com.开平.app').ok).toBe(false)
    expect(validatePackageName('com..app').ok).toBe(false)
    expect(validatePackageName('com.new_app.class_x').ok).toBe(true)
    expect(validatePackageName('com.class.my_app')).toEqual({ ok: false, message: '包名或Bundle ID中的“class”是保留字，安卓包名不能使用，请核对' })
  })
})
