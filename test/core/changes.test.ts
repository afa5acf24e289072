import { changesSince } from '../../src/core/filing/changes'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'
import type { DraftContent } from '../../src/core/schemas/filing'

const base: DraftContent = {
  subject: { type: 'individual', name: '张三', idNumber: '440783********1230', phone: '13800138000', address: '开平市三埠街道港口路1号', town: '440783001' },
  operator: { sameAsSubject: true },
  accounts: [{ kind: 'self_media', id: 'a1', platform: 'douyin', accountName: '开平美食', accountId: 'kp1', followers: 6000, openedOn: '2024-02-01', category: '美食' }],
  documents: [{ kind: 'id_front', fileId: 'f1', source: 'camera' }, { kind: 'id_back', fileId: 'f2', source: 'camera' }]
}

describe('what changed since a return', () => {
  it('when nothing changed, then there is nothing to show', () => {
    expect(changesSince(base, base, kaipingConfig)).toEqual([])
  })

  it('when the phone, a town and an account\'s followers change and the ID front is retaken, then exactly those are listed, as people read them', () => {
    const after: DraftContent = {
      ...base,
      subject: { ...base.subject, phone: '13900139000', town: '440783100' },
      accounts: [{ ...base.accounts![0], followers: 8000 }],
      documents: [{ kind: 'id_front', fileId: 'f9', source: 'camera' }, { kind: 'id_back', fileId: 'f2', source: 'camera' }]
    }
    expect(changesSince(base, after, kaipingConfig)).toEqual([
      { path: 'subject.phone', label: '联系电话', before: '13800138000', after: '13900139000' },
      { path: 'subject.town', label: '所在镇（街道）', before: '三埠街道', after: '月山镇' },
      { path: 'accounts.0.followers', label: '自媒体账号1（开平美食）· 粉丝数', before: '6,000', after: '8,000' },
      { path: 'documents.id_front', label: '身份证人像面', before: '', after: '已重新上传' }
    ])
  })

  it('when an optional field is added, then it is listed with nothing before it', () => {
    const after: DraftContent = { ...base, subject: { ...base.subject, email: 'a@example.com' } }
    expect(changesSince(base, after, kaipingConfig)).toEqual([{ path: 'subject.email', label: '电子邮箱', before: '', after: 'a@example.com' }])
  })
})
