/**
 * Complete filings arranged through the real applicant entry (upload-location → file → save-draft),
 * without importing backend internals into the jsdom test environment.
 */
import { PNG } from './admin-fixtures'
import type { LocalCloud } from './cloud'

export const ID_OWNER = '440783199001011230'
let seq = 0

type Main = (event: unknown, context: unknown) => Promise<any>
const applicant = (): Main => require('../../cloudfunctions/applicant/index').main
/**
 * The staff entry with only the decide action: the full staff function pulls in the Excel export
 * (exceljs → uuid's browser ESM), which jest cannot load in the jsdom environment.
 */
const staff = (): Main => {
  const { makeMain } = require('../../backend/entry/make-main')
  const { decide } = require('../../backend/actions/staff/decide.handler')
  return makeMain({ decide })
}
const as = (openid: string) => ({ local: { openid } })

async function ok (fn: Main, action: string, input: unknown, openid: string): Promise<any> {
  const r = await fn({ action, input }, as(openid))
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

export async function uploadDoc (cloud: LocalCloud, openid: string, kind: string): Promise<string> {
  const loc = await ok(applicant(), 'upload-location', { kind, ext: 'png' }, openid)
  const raw = (await (cloud.runtime as any).localFiles.put(loc.cloudPath, PNG, 'image/png', openid)).fileId
  return (await ok(applicant(), 'ingest-document', { fileId: raw }, openid)).fileId
}

export function selfMedia (over: Record<string, unknown> = {}) {
  seq++
  return { kind: 'self_media', id: `acc-${seq}`, platform: 'douyin', accountName: '开平美食探店', accountId: `kp_food_${seq}`, followers: 12000, openedOn: '2024-02-01', category: '美食', ...over }
}

export async function individualContent (cloud: LocalCloud, openid: string, accountName = '开平美食探店') {
  const documents = []
  for (const kind of ['id_front', 'id_back', 'signature']) documents.push({ kind, fileId: await uploadDoc(cloud, openid, kind), source: kind === 'signature' ? 'drawn' : 'camera' })
  return {
    subject: { type: 'individual', name: '张小明', idNumber: ID_OWNER, phone: '13800138000', address: '开平市三埠街道港口路1号', town: '440783001' },
    operator: { sameAsSubject: true },
    accounts: [selfMedia({ accountName })],
    documents,
    commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' }
  }
}

export async function submittedFiling (cloud: LocalCloud, openid: string, accountName?: string): Promise<{ id: string, version: number }> {
  const content = await individualContent(cloud, openid, accountName)
  const d = await ok(applicant(), 'save-draft', { content }, openid)
  return ok(applicant(), 'submit', { id: d.id, version: d.version, requestId: `req-fixture-${++seq}-0000`, subscribed: [] }, openid)
}

export async function decide (filing: { id: string, version: number }, decision: unknown): Promise<{ id: string, version: number, filingNumber: string | null }> {
  return ok(staff(), 'decide', { id: filing.id, version: filing.version, decision }, 'demo-admin')
}
