/** Data factories: a valid filing per subject type; tests override only what they care about. */
import type { Account, DocumentKind, DocumentRef, FilingContent, Subject } from '@/core'
import { requiredDocuments } from '@/core'
import { makeOrgCode, makeResidentId, makeUscc } from './ids'

export const NOW = new Date('2024-03-15T02:00:00Z') // Friday 10:00 in Asia/Shanghai

export function individual(overrides: Partial<Extract<Subject, { type: 'individual' }>> = {}): Subject {
  return {
    type: 'individual',
    name: '张三',
    idNumber: makeResidentId(),
    phone: '13812345678',
    address: '开平市三埠街道某路1号',
    town: '440783001',
    ...overrides
  }
}

export function company(overrides: Partial<Extract<Subject, { type: 'company' }>> = {}): Subject {
  return {
    type: 'company',
    name: '开平市某某文化传媒有限公司',
    uscc: makeUscc(),
    address: '开平市长沙街道某路2号',
    town: '440783002',
    phone: '0750-2268763',
    email: 'media@example.com',
    ...overrides
  }
}

export function publicBody(overrides: Partial<Extract<Subject, { type: 'public_body' }>> = {}): Subject {
  return {
    type: 'public_body',
    name: '开平市某某事业单位',
    orgCode: makeOrgCode(),
    address: '开平市三埠街道某路3号',
    town: '440783001',
    phone: '0750-2200000',
    email: 'office@example.gov.cn',
    ...overrides
  }
}

export function douyin(overrides: Partial<Extract<Account, { kind: 'self_media' }>> = {}): Account {
  return {
    kind: 'self_media',
    id: 'acc-1',
    platform: 'douyin',
    accountName: '开平美食',
    accountId: 'kp_food',
    followers: 12000,
    openedOn: '2022-05-01',
    category: '美食',
    ...overrides
  }
}

export function website(overrides: Partial<Extract<Account, { kind: 'website' }>> = {}): Account {
  return { kind: 'website', id: 'web-1', name: '开平生活网', domain: 'kplife.example.cn', icpNumber: '粤ICP备12345678号-1', ...overrides }
}

export function app(overrides: Partial<Extract<Account, { kind: 'app' }>> = {}): Account {
  return { kind: 'app', id: 'app-1', name: '开平通', stores: ['华为应用市场'], developer: '开平市某某科技有限公司', ...overrides }
}

export function miniProgram(overrides: Partial<Extract<Account, { kind: 'mini_program' }>> = {}): Account {
  return { kind: 'mini_program', id: 'mp-1', name: '开平侨乡游', appId: 'wx1234567890abcdef', developer: '开平市某某科技有限公司', ...overrides }
}

export function doc(kind: DocumentKind, overrides: Partial<DocumentRef> = {}): DocumentRef {
  return { kind, fileId: `cloud://env.bucket/${kind}.jpg`, source: kind === 'signature' ? 'drawn' : 'camera', ...overrides }
}

export function filing(overrides: Partial<FilingContent> = {}): FilingContent {
  const subject = overrides.subject ?? individual()
  const base: FilingContent = {
    subject,
    operator:
      subject.type === 'individual'
        ? { sameAsSubject: true }
        : { sameAsSubject: false, name: '李四', idNumber: subject.type === 'company' ? makeResidentId('440783', '19850505', '456') : undefined, phone: '13912345678' },
    accounts: [douyin()],
    documents: requiredDocuments(subject.type).map((k) => doc(k)),
    commitment: { accepted: true, acceptedAt: '2024-03-15T01:59:00.000Z', textVersion: 'v1' }
  }
  return { ...base, ...overrides }
}
