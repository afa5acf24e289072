import { crossCheck, sameAddress, validateFilingContent, kaipingConfig, LONG_TERM, type CheckedContent, type DocumentReading } from '@/core'
import { makeResidentId, makeUscc } from './support/ids'

const NOW = new Date('2024-03-04T02:00:00Z')
const TZ = 'Asia/Shanghai'
const ID = makeResidentId('440783', '19880615', '001')
const OTHER_ID = makeResidentId('440783', '19880615', '002')
const USCC = makeUscc('91440783MA4UABCD0')

const docs = (...kinds: string[]) => kinds.map((kind) => ({ kind, fileId: `file-${kind}` }))

function individual(over: Partial<NonNullable<CheckedContent['subject']>> = {}): CheckedContent {
  return {
    subject: { type: 'individual', name: '张伟明', idNumber: ID, address: '广东省开平市三埠街道港口路18号', phone: '13800138000', ...over },
    operator: { sameAsSubject: true },
    documents: docs('id_front', 'id_back', 'signature')
  }
}

const front = (fields: Record<string, string>, fileId = 'file-id_front'): DocumentReading => ({ kind: 'id_front', fileId, fields })
const back = (fields: Record<string, string>): DocumentReading => ({ kind: 'id_back', fileId: 'file-id_back', fields })
const ADDRESS = '广东省开平市三埠街道港口路18号'
/** Readings of both sides; `over` replaces fields of the front. */
const both = (over: Record<string, string> = {}, until = '2035-06-15') => [front({ name: '张伟明', idNumber: ID, address: ADDRESS, ...over }), back({ validUntil: until })]
const check = (content: CheckedContent, readings: DocumentReading[], verified: string[] = ['13800138000']) =>
  crossCheck({ content, readings, verifiedPhones: verified, now: NOW, timezone: TZ })

describe('crossCheck', () => {
  it('when everything typed matches what was read and the phone is verified, then there is no flag', () => {
    const flags = check(individual(), [front({ name: '张伟明', idNumber: ID, address: '广东省开平市三埠街道港口路18号' }), back({ validUntil: '2035-06-15' })])
    expect(flags).toEqual([])
  })

  it('when the typed ID number disagrees with the card, then a mismatch is flagged with both numbers masked', () => {
    const flags = check(individual({ idNumber: OTHER_ID }), both({}, LONG_TERM))
    expect(flags).toEqual([
      expect.objectContaining({ path: 'subject.idNumber', level: 'mismatch', code: 'differs', typed: '440783********0020'.replace('0020', OTHER_ID.slice(-4)), read: `440783********${ID.slice(-4)}` })
    ])
    expect(JSON.stringify(flags)).not.toContain(ID)
    expect(JSON.stringify(flags)).not.toContain(OTHER_ID)
  })

  it('when the typed name differs only by spaces or full-width forms, then it is the same name', () => {
    expect(check(individual({ name: ' 张 伟明' }), both({ name: '张伟明' }))).toEqual([])
  })

  it('when the typed name differs, then a mismatch names what was typed and what was read', () => {
    const [flag] = check(individual({ name: '张伟民' }), both())
    expect(flag).toMatchObject({ path: 'subject.name', level: 'mismatch', typed: '张伟民', read: '张伟明', source: 'id_front' })
  })

  it('when the correspondence address differs from the household address, then it is only an info flag', () => {
    const flags = check(individual({ address: '开平市长沙街道幕沙路8号' }), both())
    expect(flags).toEqual([expect.objectContaining({ path: 'subject.address', level: 'info' })])
  })

  it('when the card expired before today, then a warning says since when', () => {
    const flags = check(individual(), both({}, '2024-03-03'))
    expect(flags).toEqual([expect.objectContaining({ path: 'subject.idValidUntil', level: 'warning', code: 'expired', read: '2024-03-03' })])
  })

  it('when the card expires today (local date), then it is still valid', () => {
    expect(check(individual(), both({}, '2024-03-04'))).toEqual([])
  })

  it('when a reading belongs to a photo that was replaced, then it does not count and the new photo is "not read"', () => {
    const flags = check(individual({ idNumber: OTHER_ID }), [front({ name: '张伟明', idNumber: ID }, 'file-old'), back({ validUntil: LONG_TERM })])
    expect(flags.map((f) => [f.path, f.code])).toEqual([['documents.id_front', 'not_read']])
  })

  it('when a field could not be read, then the reviewer is told to check it by hand', () => {
    const flags = check(individual(), [front({ name: '张伟明', address: ADDRESS }), back({ validUntil: LONG_TERM })])
    expect(flags).toEqual([expect.objectContaining({ path: 'subject.idNumber', level: 'info', code: 'unread' })])
  })

  it('when a company files, then the licence is checked against the subject and the ID cards against the operator', () => {
    const content: CheckedContent = {
      subject: { type: 'company', name: '开平市碉楼文化传播有限公司', uscc: USCC, legalRepresentative: '陈志强', address: '开平市三埠街道祥龙中银路2号', phone: '0750-2268763' },
      operator: { sameAsSubject: false, name: '李娜', idNumber: OTHER_ID, phone: '13900139000' },
      documents: docs('license', 'id_front', 'id_back', 'registration_form')
    }
    const flags = check(content, [
      { kind: 'license', fileId: 'file-license', fields: { name: '开平市碉楼文化传播有限公司', uscc: USCC, legalRepresentative: '陈志坚', address: '开平市三埠街道祥龙中银路2号' } },
      front({ name: '李娜', idNumber: ID })
    ], ['13900139000'])
    expect(flags.map((f) => [f.path, f.level, f.code])).toEqual([
      ['operator.idNumber', 'mismatch', 'differs'],
      ['subject.legalRepresentative', 'mismatch', 'differs'],
      ['documents.id_back', 'info', 'not_read'],
      ['subject.phone', 'info', 'phone_landline']
    ])
  })

  it('when a mobile was not proven by SMS, then it is flagged; a verified one is not', () => {
    const content = individual()
    expect(check(content, [], [])).toContainEqual(expect.objectContaining({ path: 'subject.phone', code: 'phone_unverified', typed: '138****8000' }))
    expect(check(content, [], ['13800138000']).some((f) => f.code === 'phone_unverified')).toBe(false)
  })

  it('orders flags: mismatches first, then warnings, then notes', () => {
    const flags = check(individual({ idNumber: OTHER_ID, address: '别处' }), [front({ name: '张伟明', idNumber: ID, address: '广东省开平市三埠街道港口路18号' }), back({ validUntil: '2020-01-01' })], [])
    expect(flags.map((f) => f.level)).toEqual(['mismatch', 'warning', 'warning', 'info'])
  })
})

describe('sameAddress', () => {
  it('treats a left-out province or punctuation as the same place, a different street as another', () => {
    expect(sameAddress('开平市三埠街道港口路18号', '广东省开平市三埠街道港口路18号')).toBe(true)
    expect(sameAddress('开平市三埠街道港口路18号（3栋）', '开平市三埠街道港口路18号3栋')).toBe(true)
    expect(sameAddress('开平市三埠街道港口路18号', '开平市长沙街道幕沙路8号')).toBe(false)
    expect(sameAddress('', '开平市')).toBe(false)
  })
})

describe('ID validity in the form', () => {
  const content = (idValidUntil: string) => ({ subject: { type: 'individual', name: '张伟明', idNumber: ID, idValidUntil, phone: '13800138000', address: '开平市三埠街道港口路18号', town: '440783001' } })
  const errorsOf = (until: string) => {
    const r = validateFilingContent(content(until), kaipingConfig, NOW)
    return r.ok ? {} : r.fieldErrors
  }

  it('when the typed validity has passed, then the form refuses it and says since when', () => {
    expect(errorsOf('2024-03-03')['subject.idValidUntil']).toBe('身份证已于2024-03-03过期，请使用有效期内的证件')
  })

  it('when it is 长期 or a future date, then it is accepted', () => {
    expect(errorsOf('长期')['subject.idValidUntil']).toBeUndefined()
    expect(errorsOf('2035-01-01')['subject.idValidUntil']).toBeUndefined()
  })

  it('when it is neither a date nor 长期, then the message says what to type', () => {
    expect(errorsOf('明年')['subject.idValidUntil']).toContain('长期')
  })
})
