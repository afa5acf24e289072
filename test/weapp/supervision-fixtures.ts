/**
 * A supervision story for the weapp and e2e tests, made through the real actions: a report, a lead
 * urged, and a case on an approved filing that reached 责令整改 (the admin is the officer).
 */
import { deadlineIn, kaipingConfig } from '../../src/core'
import type { CallAs, UploadAs } from './admin-fixtures'
import { PNG, STANDARD, makeReviewer, submitFiling } from './admin-fixtures'

export interface SupervisionStory {
  reportId: string
  receiptNumber: string
  leadId: string
  filingId: string
  caseId: string
  /** The case's version after the story's last step. */
  caseVersion: number
}

export async function supervisionStory (call: CallAs, upload: UploadAs): Promise<SupervisionStory> {
  await makeReviewer(call, 'demo-admin', 'demo-reviewer', '李审核')
  const report = await call('demo-applicant-b', 'public', 'report', { platform: 'kuaishou', accountName: '赤坎夜市速递', reason: '未备案', details: '每天发布赤坎本地消息' })
  const { outcome } = await call('demo-admin', 'staff', 'lead-create', { platform: 'douyin', accountName: '三埠小吃地图', town: '440783001' })
  // Deadlines in working days from today on the jurisdiction's calendar, as the screens offer them.
  await call('demo-admin', 'staff', 'lead-urge', { id: outcome.leadId, version: 1, deadline: deadlineIn(10, new Date(), kaipingConfig), channel: '电话' })
  const s = await submitFiling(call, upload, { ...STANDARD[0], owner: 'demo-applicant-a' })
  await call('demo-reviewer', 'staff', 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } })
  const opened = await call('demo-admin', 'staff', 'case-open', { filingId: s.id, summary: '发布未经核实的本地信息' })
  const caseId: string = opened.case.id
  let version: number = opened.case.version
  const step = async (st: Record<string, unknown>) => { version = (await call('demo-admin', 'staff', 'case-step', { id: caseId, version, step: st })).case.version }
  const tomorrow = new Date(Date.now() + 26 * 3600_000).toISOString()
  await step({ type: 'summon', appointmentAt: tomorrow, place: '市网信办301会议室', matter: '发布未经核实的本地信息' })
  const loc = await call('demo-admin', 'applicant', 'attachment-location', { kind: 'signed_record', caseId })
  const photo = await upload('demo-admin', loc.cloudPath, PNG, 'image/png')
  await step({ type: 'interview', heldAt: new Date().toISOString(), attendees: ['张小明', '李审核'], minutes: '运营者承诺删除相关视频。', signedRecord: [photo] })
  await step({ type: 'order', items: ['删除未经核实的视频', '在账号简介中标明备案号'], deadline: deadlineIn(15, new Date(), kaipingConfig) })
  return { reportId: report.id, receiptNumber: report.receiptNumber, leadId: outcome.leadId, filingId: s.id, caseId, caseVersion: version }
}

/**
 * The weapp tests' setup: a local cloud with the story, the app booted as `openid`, modals
 * confirmed, and pages opened through `open` (detached together at the end).
 */
export async function bootWithStory (openid: string, more?: (call: CallAs, story: SupervisionStory, upload: UploadAs) => Promise<void>) {
  const { localCloud } = await import('./cloud')
  const { bootApp, openPage, wxApi } = await import('./harness')
  const { cloudTransport } = await import('./admin-fixtures')
  const cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  const story = await supervisionStory(call, upload)
  if (more) await more(call, story, upload)
  cloud.actAs(openid)
  bootApp(cloud.stub)
  jest.spyOn(wxApi(), 'showModal').mockImplementation((o: any) => { o.success?.({ confirm: true, cancel: false }); return Promise.resolve({ confirm: true }) as any })
  const pages: Array<{ detach(): void }> = []
  return {
    cloud,
    story,
    async open (path: string, query: Record<string, string> = {}) {
      const p = await openPage(path, query)
      pages.push(p)
      return p
    },
    close () {
      for (const p of pages) p.detach()
      cloud.close()
    }
  }
}
