/**
 * Seeds filings for the staff-side tests through the real applicant actions (upload-location,
 * upload, save-draft, submit) and makes a reviewer through the real invite/redeem actions.
 * Transport-agnostic: the weapp tests pass the wx.cloud stub, the e2e tests pass HTTP.
 */

/** Calls one action as one user; resolves with `data` or throws with the backend's error. */
export type CallAs = (openid: string, fn: 'applicant' | 'staff' | 'public', action: string, input: unknown) => Promise<any>
/** Uploads to cloudPath and has the server ingest it, as the capture flow does; resolves with the stored document's fileId. */
export type UploadAs = (openid: string, cloudPath: string, bytes: Buffer, contentType: string) => Promise<string>

/** A real 96×64 PNG (a light card with a frame): large enough for the server's minimum photo size. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAhElEQVR4nO3QsQmAMAAAwSxvaZf5XMABbN3ANIIPHvwAz41tn3pofH4QDxAgQIBiQMd5/TZAgAABAhQOECBAgACFAwQIECBA4QABAgQIUDhAgAABAhQOECBAgACFAwQIECBA4QABAgQIUDhAgAABAhQOECBAgACFA/QGkAABAgSoEqBFN7dpXwdK8dX7AAAAAElFTkSuQmCC', 'base64')

export interface SeedSpec {
  owner: string
  name: string
  idNumber: string
  town: string
  platform: string
  accountName: string
  followers?: number
  /** Default 2024-02-01 (filed late on today's clock); a recent date files on time. */
  openedOn?: string
  /** Filed by an agency for the subject (委托代理): the 授权委托书 is attached too. */
  agency?: { name: string, contact: string, phone: string }
}

let seq = 0
const rid = () => `seed-${Date.now().toString(36)}-${++seq}`

export async function submitFiling (call: CallAs, upload: UploadAs, s: SeedSpec): Promise<{ id: string, version: number }> {
  const documents = []
  for (const kind of ['id_front', 'id_back', 'signature', ...(s.agency ? ['authorisation_letter' as const] : [])] as const) {
    const loc = await call(s.owner, 'applicant', 'upload-location', { kind, ext: 'png' })
    const fileId = await upload(s.owner, loc.cloudPath, PNG, 'image/png')
    documents.push({ kind, fileId, source: kind === 'signature' ? 'drawn' : 'camera' })
  }
  const content = {
    subject: { type: 'individual', name: s.name, idNumber: s.idNumber, phone: '13800138000', address: '开平市三埠街道港口路1号', town: s.town },
    operator: { sameAsSubject: true },
    accounts: [{ kind: 'self_media', id: `acc-${++seq}`, platform: s.platform, accountName: s.accountName, accountId: `id_${seq}`, followers: s.followers ?? 12000, openedOn: s.openedOn ?? '2024-02-01', category: '美食' }],
    documents,
    commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' },
    ...(s.agency ? { agency: s.agency } : {})
  }
  const draft = await call(s.owner, 'applicant', 'save-draft', { content })
  return call(s.owner, 'applicant', 'submit', { id: draft.id, version: draft.version, requestId: rid(), subscribed: [] })
}

/** Valid resident ID numbers (checksums correct), one per seeded person. */
export const IDS = ['440783199001011230', '440783198512314562', '440783198001011236', '440783199512120017']

/** Three submitted filings: two on 抖音, one on 快手, in two towns. */
export const STANDARD: Array<Omit<SeedSpec, 'owner'>> = [
  { name: '张小明', idNumber: IDS[0], town: '440783001', platform: 'douyin', accountName: '开平美食探店' },
  { name: '李大华', idNumber: IDS[1], town: '440783108', platform: 'kuaishou', accountName: '赤坎古镇日常' },
  { name: '王芳', idNumber: IDS[2], town: '440783001', platform: 'douyin', accountName: '三埠生活圈' }
]

/** admin invites, the person redeems: they become a reviewer exactly as in production. */
export async function makeReviewer (call: CallAs, admin: string, openid: string, name: string): Promise<void> {
  const invite = await call(admin, 'staff', 'staff-invite', { name, role: 'reviewer' })
  await call(openid, 'applicant', 'redeem-invite', { code: invite.code, idNumber: '440783198803150027', mobile: '13600136000' })
}

/** The weapp tests' transport: the wx.cloud stub's runtime, switching the caller per call. */
export function cloudTransport (cloud: { runtime: { localFiles: { put: (p: string, b: Buffer, t: string, o: string) => Promise<{ fileId: string }> } }, actAs: (openid: string) => void }): { call: CallAs, upload: UploadAs } {
  const mains: Record<string, () => (e: unknown, c: unknown) => Promise<any>> = {
    applicant: () => require('../../cloudfunctions/applicant/index').main,
    staff: () => require('../../cloudfunctions/staff/index').main,
    public: () => require('../../cloudfunctions/public/index').main
  }
  return {
    call: async (openid, fn, action, input) => {
      const res = await mains[fn]()({ action, input }, { local: { openid } })
      if (!res.ok) throw new Error(`${fn}/${action} as ${openid}: ${JSON.stringify(res.error)}`)
      return res.data
    },
    upload: async (openid, cloudPath, bytes, contentType) => {
      const raw = (await cloud.runtime.localFiles.put(cloudPath, bytes, contentType, openid)).fileId
      const res = await mains.applicant()({ action: 'ingest-document', input: { fileId: raw } }, { local: { openid } })
      if (!res.ok) throw new Error(`ingest-document as ${openid}: ${JSON.stringify(res.error)}`)
      return res.data.fileId
    }
  }
}


/** A filing of `owner` submitted and approved by the admin: its id and filing number. */
export async function approvedFiling (call: CallAs, upload: UploadAs, owner: string): Promise<{ id: string, filingNumber: string }> {
  const sub = await submitFiling(call, upload, { ...STANDARD[0], owner })
  const decided = await call('demo-admin', 'staff', 'decide', { id: sub.id, version: sub.version, decision: { decision: 'approve' } })
  return { id: sub.id, filingNumber: decided.filingNumber }
}
