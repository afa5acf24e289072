import fc from 'fast-check'
import { findResidentIds, findUsccs, parseIdBack, parseIdFront, parseLicense, parseValidity, LONG_TERM, type OcrLine } from '@/core'
import { makeResidentId, makeUscc } from './support/ids'

/** A text run at (x, y) with a box `w` wide and `h` high, tilted by `dy` over its width. */
const at = (text: string, x: number, y: number, w = text.length * 30, h = 34, dy = 0): OcrLine => ({
  text,
  box: [[x, y], [x + w, y + dy], [x + w, y + h + dy], [x, y + h]]
})

const ID = makeResidentId('440783', '19880615', '001')
const USCC = makeUscc('91440783MA4UABCD0')

describe('parseIdFront', () => {
  it('when label and value are one run each line, then name, sex, ethnicity, birth, address and number are read', () => {
    const lines = [
      at('姓名 张伟明', 90, 70),
      at('性别 男 民族汉', 87, 130),
      at('出生 1988年6月15日', 84, 191),
      at('住址 广东省开平市三埠街道港口', 80, 251),
      at('路18号3栋502房', 179, 301),
      at(`公民身份号码 ${ID}`, 69, 433)
    ]
    expect(parseIdFront(lines)).toEqual({ name: '张伟明', sex: '男', ethnicity: '汉', birthDate: '1988-06-15', address: '广东省开平市三埠街道港口路18号3栋502房', idNumber: ID })
  })

  it('when the engine splits labels from values, then each value is found to the right of its label', () => {
    const lines = [
      at('张伟明', 200, 72),
      at('姓名', 60, 70, 60),
      at('住址', 60, 250, 60),
      at('广东省开平市赤坎镇', 200, 252),
      at('中华东路1号', 200, 296),
      at('公民身份号码', 60, 430, 180),
      at(ID, 260, 432)
    ]
    const f = parseIdFront(lines)
    expect(f.name).toBe('张伟明')
    expect(f.address).toBe('广东省开平市赤坎镇中华东路1号')
    expect(f.idNumber).toBe(ID)
  })

  it('when the photo is tilted a few degrees, then rows still pair up', () => {
    const lines = [at('姓名', 60, 70, 60, 34, 4), at('李娜', 180, 78, 60, 34, 4), at(`公民身份号码 ${ID}`, 69, 433, 600, 34, 40)]
    expect(parseIdFront(lines)).toMatchObject({ name: '李娜', idNumber: ID })
  })

  it('when lines carry no boxes (a general cloud OCR), then the reading order is used', () => {
    const lines = ['姓名', '王小红', '住址 开平市长沙街道幕沙路8号', `公民身份号码${ID}`].map((text) => ({ text }))
    expect(parseIdFront(lines)).toMatchObject({ name: '王小红', address: '开平市长沙街道幕沙路8号', idNumber: ID })
  })

  it('when our watermark is read as text, then it never becomes part of a field', () => {
    const lines = [at('姓名 张伟明', 90, 70), at('住址 开平市三埠街道', 80, 251), at('仅供开平市互联网信息办公室账号备案使用 2024-03-04', 170, 290), at(`公民身份号码 ${ID}`, 69, 433)]
    expect(parseIdFront(lines, { ignore: ['仅供开平市互联网信息办公室账号备案使用'] }).address).toBe('开平市三埠街道')
  })

  it('when a digit of the number is misread, then the number is left empty instead of filled wrong', () => {
    const wrong = ID.slice(0, 5) + String((Number(ID[5]) + 1) % 10) + ID.slice(6)
    expect(parseIdFront([at(`公民身份号码 ${wrong}`, 69, 433)]).idNumber).toBeUndefined()
  })

  it('when OCR reads letters that look like digits, then the number is repaired when its check character holds', () => {
    const spoiled = ID.replace(/0/g, 'O').replace(/1/g, 'l')
    expect(parseIdFront([at(`公民身份号码${spoiled}`, 69, 433)]).idNumber).toBe(ID)
  })

  it('when a minority name carries a middle dot, then it is kept', () => {
    expect(parseIdFront([at('姓名 买买提•艾力', 90, 70)]).name).toBe('买买提·艾力')
  })
})

describe('findResidentIds', () => {
  it('for any valid ID embedded in noise, then it is found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }), fc.string({ maxLength: 6 }), (y, m, d, seq, noise) => {
        const id = makeResidentId('440783', `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`, String(seq).padStart(3, '0'))
        expect(findResidentIds(`${noise.replace(/[0-9A-Za-z|!]/g, '')}号码 ${id}`)).toContain(id)
      })
    )
  })
})

describe('parseIdBack', () => {
  it('when the validity is two dates, then both are read', () => {
    const lines = [at('中华人民共和国', 300, 60), at('居民身份证', 300, 120), at('签发机关 开平市公安局', 150, 400), at('有效期限 2015.06.15-2035.06.15', 150, 460)]
    expect(parseIdBack(lines)).toEqual({ authority: '开平市公安局', validFrom: '2015-06-15', validUntil: '2035-06-15' })
  })

  it('when the card is valid without end, then 长期 is read', () => {
    expect(parseIdBack([at('有效期限 2010.01.05-长期', 150, 460)]).validUntil).toBe(LONG_TERM)
  })

  it('when dates are impossible, then nothing is filled', () => {
    expect(parseIdBack([at('有效期限 2015.13.45-2035.02.30', 150, 460)]).validUntil).toBeUndefined()
  })
})

describe('parseValidity', () => {
  it('reads the forms used on cards and licences', () => {
    expect(parseValidity('2015年06月15日至2035年06月14日')).toEqual({ from: '2015-06-15', until: '2035-06-14' })
    expect(parseValidity('2015年06月15日至长期')).toEqual({ from: '2015-06-15', until: LONG_TERM })
    expect(parseValidity('2015.06.15—2035.06.15')).toEqual({ from: '2015-06-15', until: '2035-06-15' })
    expect(parseValidity('无')).toBeNull()
  })
})

describe('parseLicense', () => {
  const licence = [
    at('营业执照', 500, 200, 300, 80),
    at(`统一社会信用代码 ${USCC}`, 100, 330, 600),
    at('名称', 100, 500, 60),
    at('开平市碉楼文化传播有限公司', 260, 502, 420),
    at('注册资本 人民币壹佰万元', 900, 500, 360),
    at('类型 有限责任公司（自然人独资）', 100, 560, 460),
    at('成立日期 2018年03月02日', 900, 560, 360),
    at('法定代表人 陈志强', 100, 620, 260),
    at('营业期限 2018年03月02日至长期', 900, 620, 420),
    at('住所 开平市三埠街道祥龙', 900, 680, 360),
    at('中银路2号', 1040, 722, 150),
    at('经营范围 文化艺术交流活动策划', 100, 680, 460)
  ]

  it('when a two-column licence is read, then each value comes from its own column', () => {
    expect(parseLicense(licence)).toEqual({ uscc: USCC, name: '开平市碉楼文化传播有限公司', legalRepresentative: '陈志强', address: '开平市三埠街道祥龙中银路2号', validUntil: LONG_TERM })
  })

  it('when the credit code is misread with letters outside its alphabet, then it is repaired only if the check holds', () => {
    const spoiled = USCC.replace('0', 'O')
    expect(findUsccs(`统一社会信用代码${spoiled}`)).toEqual([USCC])
    const broken = USCC.slice(0, 10) + (USCC[10] === 'A' ? 'B' : 'A') + USCC.slice(11)
    expect(findUsccs(broken)).toEqual([])
  })

  it('when a sole trader licence names a 经营者, then it is read as the representative', () => {
    expect(parseLicense([at('经营者 黄美玲', 100, 620, 260)]).legalRepresentative).toBe('黄美玲')
  })
})
