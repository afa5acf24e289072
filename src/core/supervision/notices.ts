/**
 * The generated notices (约谈通知书, 责令整改通知书) as documents: title, number, addressee,
 * paragraphs, items, signature and date. The phone draws them as an image from this data (the
 * cloud runtime has no CJK fonts, and the record stays searchable text); the same text is what
 * the operator reads on screen.
 */
import { localDate, localDateTime } from '../local-time'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { NOTICE_TITLES, type CaseFile, type CaseStepRecord } from './case'

export interface NoticeDocument {
  kind: 'summon' | 'order'
  title: string
  number: string
  addressee: string
  paragraphs: string[]
  items: string[]
  office: string
  date: string
  contact: string
}

function addresseeOf(c: CaseFile): string {
  return `${c.subject.platformName}账号“${c.subject.accountName}”运营者`
}

/** The notice a step came with, or null when the step has none. */
export function noticeDocument(c: CaseFile, step: CaseStepRecord, config: JurisdictionConfig): NoticeDocument | null {
  const d = step.data
  const common = {
    number: step.noticeNumber ?? '',
    addressee: `${addresseeOf(c)}：`,
    office: config.office.name,
    date: localDate(step.at, config.timezone),
    contact: `联系人：${config.office.contactPerson}  电话：${config.office.phone}`
  }
  const account = `你（单位）运营的${c.subject.platformName}账号“${c.subject.accountName}”`
  if (d.type === 'summon') {
    return {
      kind: 'summon',
      title: NOTICE_TITLES.summon,
      ...common,
      paragraphs: [
        `经查，${account}存在以下情况：${d.matter}。`,
        `根据有关规定，请你（单位）主要负责人或账号运营负责人于${localDateTime(d.appointmentAt, config.timezone)}到${d.place}接受约谈，并携带本人有效身份证件及相关材料。`,
        '如因特殊情况不能按时参加，请提前与我办联系。'
      ],
      items: []
    }
  }
  if (d.type === 'order') {
    return {
      kind: 'order',
      title: NOTICE_TITLES.order,
      ...common,
      paragraphs: [
        `经查，${account}存在违反有关规定的情况。根据有关规定，现责令你（单位）于${d.deadline}前完成以下整改：`,
        `请在整改完成后，通过本小程序“我的备案”提交整改情况说明和佐证材料。逾期未整改或整改不到位的，我办将依法依规予以处置。`
      ],
      items: d.items
    }
  }
  return null
}
