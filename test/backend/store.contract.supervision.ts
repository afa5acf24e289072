/**
 * The Store port's contract for the supervision collections (reports, leads, cases) and the
 * queries the dashboard uses. Part of storeContract: every adapter passes it. Counts are
 * scoped by unique tags (or measured as deltas), so a shared cloud test environment works too.
 */
import type { CaseRecord, LeadRecord, ReportRecord } from '../../backend/ports/records'
import type { Store } from '../../backend/ports/store.port'
import { filingFactory } from './store.contract'

export function reportFactory(over: Partial<ReportRecord> = {}): ReportRecord {
  const at = over.at ?? '2024-03-04T02:00:00.000Z'
  return {
    id: 'r1', version: 1, receiptNumber: 'JB-2024-000001', reporterOpenid: 'reporter-1', platform: 'douyin', accountName: '某账号', filingId: null,
    reason: '未备案', details: '', evidence: [], at, updatedAt: at, status: 'open', assigneeOpenid: null, assigneeName: null,
    leadId: null, caseId: null, outcome: null, outcomeNote: '', closedAt: null, ...over
  }
}

export function leadFactory(over: Partial<LeadRecord> = {}): LeadRecord {
  const at = over.updatedAt ?? '2024-03-04T02:00:00.000Z'
  return {
    id: 'l1', version: 1, status: 'open', platform: 'douyin', accountName: '某账号', accountId: '', accountKey: 'name:douyin:某账号', town: null, note: '',
    source: 'sweep', sourceRefs: ['巡查'], urges: [], deadline: null, filingId: null, caseId: null, createdAt: at, createdBy: 's', updatedAt: at, closedAt: null, closeReason: '', ...over
  }
}

export function caseFactory(over: Partial<CaseRecord> = {}): CaseRecord {
  const at = over.updatedAt ?? '2024-03-04T02:00:00.000Z'
  return {
    id: 'c1', caseNumber: 'AJ-2024-0001', version: 1, stage: 'open', summary: '未按规定备案',
    subject: { filingId: null, filingNumber: null, leadId: null, platform: 'douyin', platformName: '抖音', accountName: '某账号', town: null },
    operatorOpenid: null, officerOpenid: 's', officerName: '甲', steps: [], publicNotice: null, publicActive: false, reminderOn: null,
    createdAt: at, updatedAt: at, closedAt: null, closeOutcome: null, ...over
  }
}

export function supervisionContract(store: () => Store, uid: () => string): void {
  it('when a report is inserted and replaced with a stale version, then the stale write is refused and lookups find it by receipt, reporter and lead', async () => {
    const id = uid()
    const r = reportFactory({ id, receiptNumber: `JB-${id}`, reporterOpenid: `rep-${id}`, leadId: `lead-${id}` })
    await store().runUnit((tx) => tx.reports.insert(r))
    expect(await store().reports.get(id)).toEqual(r)
    expect(await store().runUnit((tx) => tx.reports.replaceIfVersion({ ...r, version: 2, status: 'processing' }, 1))).toBe(true)
    expect(await store().runUnit((tx) => tx.reports.replaceIfVersion({ ...r, version: 2, status: 'closed' }, 1))).toBe(false)
    expect((await store().reports.findByReceipt(`JB-${id}`))?.status).toBe('processing')
    expect((await store().reports.listByReporter(`rep-${id}`, 10)).map((x) => x.id)).toEqual([id])
    expect((await store().reports.listOpenByLead(`lead-${id}`)).map((x) => x.id)).toEqual([id])
    expect((await store().reports.list({ leadId: `lead-${id}` }, 10)).map((x) => x.id)).toEqual([id])
    expect(await store().reports.countByReporterSince(`rep-${id}`, '2024-03-01T00:00:00.000Z')).toBe(1)
    await store().runUnit((tx) => tx.reports.replaceIfVersion({ ...r, version: 3, status: 'closed' }, 2))
    expect(await store().reports.listOpenByLead(`lead-${id}`)).toEqual([])
  })

  it('when leads are stored, then they are found by account key and counted by town, platform and urging', async () => {
    const tag = uid()
    const before = await store().leads.urgedCounts()
    const a = leadFactory({ id: `${tag}-a`, accountKey: `k-${tag}`, town: `t-${tag}`, platform: `p${tag}` })
    const b = leadFactory({ id: `${tag}-b`, accountKey: `k2-${tag}`, town: `t-${tag}`, platform: `p${tag}`, status: 'urged', urges: [{ at: a.createdAt, by: 's', byName: '甲', deadline: '2024-03-20', channel: '电话', note: '' }] })
    const c = leadFactory({ id: `${tag}-c`, accountKey: `k3-${tag}`, town: `t-${tag}`, platform: `p${tag}`, status: 'filed' })
    const d = leadFactory({ id: `${tag}-d`, accountKey: `k4-${tag}`, town: `t-${tag}`, platform: `p${tag}`, source: 'outreach' })
    await store().runUnit(async (tx) => {
      for (const l of [a, b, c, d]) await tx.leads.insert(l)
    })
    expect((await store().leads.findByKeys([`k-${tag}`, `k2-${tag}`], ['open'])).map((l) => l.id)).toEqual([a.id])
    expect((await store().leads.countBy('town', ['open', 'urged']))[`t-${tag}`]).toBe(3)
    expect((await store().leads.countBy('town', ['open', 'urged'], ['sweep', 'report', 'list']))[`t-${tag}`]).toBe(2)
    expect((await store().leads.countBy('platform', ['open'], ['outreach']))[`p${tag}`]).toBe(1)
    expect((await store().leads.countBy('platform', ['filed']))[`p${tag}`]).toBe(1)
    expect((await store().leads.list({ town: `t-${tag}`, statuses: ['urged'] }, 10)).map((l) => l.id)).toEqual([b.id])
    const after = await store().leads.urgedCounts()
    expect(after).toEqual({ total: before.total + 4, urged: before.urged + 1 })
    expect(await store().runUnit((tx) => tx.leads.replaceIfVersion({ ...a, version: 2, status: 'urged' }, 5))).toBe(false)
  })

  it('when cases are stored, then the operator, the 公示 list and due reminders find them', async () => {
    const tag = uid()
    const live = caseFactory({ id: `${tag}-live`, operatorOpenid: `op-${tag}`, publicActive: true, publicNotice: { stepId: 's', name: '某账号', measure: '约谈', publishedAt: '2099-01-01T00:00:00.000Z', withdrawnAt: null }, reminderOn: '1999-01-01' })
    const quiet = caseFactory({ id: `${tag}-quiet`, operatorOpenid: `op-${tag}`, subject: { ...caseFactory().subject, filingId: `f-${tag}` } })
    await store().runUnit(async (tx) => {
      await tx.cases.insert(live)
      await tx.cases.insert(quiet)
    })
    expect((await store().cases.listByOperator(`op-${tag}`, 10)).map((c) => c.id).sort()).toEqual([live.id, quiet.id].sort())
    expect((await store().cases.listPublic(5)).map((c) => c.id)).toContain(live.id)
    expect((await store().cases.dueForReminder('1999-01-01', 100)).map((c) => c.id)).toContain(live.id)
    expect((await store().cases.list({ filingId: `f-${tag}` }, 10)).map((c) => c.id)).toEqual([quiet.id])
    expect(await store().runUnit((tx) => tx.cases.replaceIfVersion({ ...live, version: 2, publicActive: false, reminderOn: null }, 1))).toBe(true)
    expect((await store().cases.listPublic(100)).map((c) => c.id)).not.toContain(live.id)
    expect((await store().cases.dueForReminder('1999-01-01', 100)).map((c) => c.id)).not.toContain(live.id)
  })

  it('when audit entries carry a ref and a time, then they are listed by ref and by action within a range', async () => {
    const ref = `ref-${uid()}`
    const action = `act-${uid()}`
    const entry = (id: string, at: string) => ({ id: `${ref}-${id}`, at, actorOpenid: 's', actorRole: 'reviewer', action, filingId: null, refId: ref, detail: {} })
    await store().audit.insert(entry('1', '2024-03-01T00:00:00.000Z'))
    await store().audit.insert(entry('2', '2024-03-31T23:59:59.000Z'))
    await store().audit.insert(entry('3', '2024-04-01T00:00:00.000Z'))
    expect((await store().audit.listByRef(ref)).map((e) => e.id)).toEqual([`${ref}-1`, `${ref}-2`, `${ref}-3`])
    expect((await store().audit.listBetween([action], '2024-03-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z', 10)).map((e) => e.id)).toEqual([`${ref}-1`, `${ref}-2`])
  })

  it('when filings are filed (late or not), then counts by town and platform and the late counts follow', async () => {
    const tag = uid()
    const before = await store().filings.lateCounts()
    const idx = (town: string) => ({ ...filingFactory().index, town, platforms: [`p${tag}`, `q${tag}`] })
    await store().filings.insertMany([
      filingFactory({ id: `${tag}-1`, status: 'approved', index: idx(`t-${tag}`), firstSubmittedAt: '2024-03-05T00:00:00.000Z', filedLate: true }),
      filingFactory({ id: `${tag}-2`, status: 'amending', index: idx(`t-${tag}`), firstSubmittedAt: '2024-02-05T00:00:00.000Z', filedLate: false }),
      filingFactory({ id: `${tag}-3`, status: 'submitted', index: idx(`t-${tag}`) })
    ])
    expect((await store().filings.countBy('town', ['approved', 'amending']))[`t-${tag}`]).toBe(2)
    expect((await store().filings.countBy('platform', ['approved']))[`q${tag}`]).toBe(1)
    expect(await store().filings.lateCounts()).toEqual({ submitted: before.submitted + 2, late: before.late + 1 })
    expect((await store().filings.listLate('2024-03-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z', 1000)).map((f) => f.id)).toContain(`${tag}-1`)
  })
}
