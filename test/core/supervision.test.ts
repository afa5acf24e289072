import {
  CASE_STAGES,
  CASE_STEP_LABELS,
  CaseStepInputSchema,
  applyCaseStep,
  availableCaseSteps,
  caseMessageRequest,
  oweMessage,
  reportClosedRequest,
  checkCaseStep,
  checkDeadline,
  coverageRows,
  coverageTotal,
  deadlineIn,
  enforcementFunnel,
  formatSerial,
  filedAfterDue,
  kaipingConfig,
  leadStep,
  monthRange,
  noticeDocument,
  parseSerial,
  rankReturnReasons,
  remindCase,
  reminderDate,
  reportOutcomeForReporter,
  reportStep,
  reviewCompliance,
  type CaseFile,
  type CaseStage,
  type CaseStepInput,
  type CaseStepType,
  type SupervisionActor
} from '@/core'
import { shundeConfig } from './support/shunde'

// Friday 2024-09-27 10:00 in Asia/Shanghai: National Day (10-01..10-07) is ahead, with the
// make-up working days 2024-09-29 (Sunday) and 2024-10-12 (Saturday).
const NOW = new Date('2024-09-27T02:00:00Z')
const cfg = kaipingConfig
const ctx = { now: NOW, config: cfg, accountFiled: false }

function caseFile(over: Partial<CaseFile> = {}): CaseFile {
  return {
    id: 'case-1',
    caseNumber: 'AJ-2024-0001',
    version: 1,
    stage: 'open',
    summary: '未按规定登记备案',
    subject: { filingId: 'f1', filingNumber: '开网备2024000001', leadId: null, platform: 'douyin', platformName: '抖音', accountName: '开平美食探店', town: '440783001' },
    operatorOpenid: 'op-1',
    officerOpenid: 'staff-1',
    officerName: '李审核',
    steps: [],
    publicNotice: null,
    publicActive: false,
    reminderOn: null,
    createdAt: '2024-09-20T02:00:00.000Z',
    updatedAt: '2024-09-20T02:00:00.000Z',
    closedAt: null,
    closeOutcome: null,
    ...over
  }
}

/** A valid example of every step type, relative to NOW. */
const STEP: Record<CaseStepType, CaseStepInput> = {
  urge: { type: 'urge', deadline: '2024-10-10', channel: '电话', note: '' },
  summon: { type: 'summon', appointmentAt: '2024-10-09T02:00:00.000Z', place: '市网信办301会议室', matter: '账号长期未按规定登记备案' },
  interview: { type: 'interview', heldAt: '2024-09-26T02:00:00.000Z', attendees: ['张三', '李审核'], minutes: '运营者承认未备案，承诺一周内完成备案并整改内容。', signedRecord: ['local://supervision/cases/case-1/signed_record-1.jpg'] },
  order: { type: 'order', items: ['删除违规视频', '完成登记备案'], deadline: '2024-10-15' },
  evidence: { type: 'evidence', files: ['local://filings/x/cases/case-1/ev-1.jpg'], note: '已删除全部违规视频' },
  review: { type: 'review', verdict: 'accept', note: '' },
  sanction: { type: 'sanction', measure: '暂停更新', partner: '抖音平台', documentNumber: '开网处〔2024〕1号', effectiveOn: '2024-09-30' },
  publicize: { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '约谈并责令整改' },
  close: { type: 'close', outcome: 'other', note: '账号已注销，无需继续' }
}

/** The policy written out independently of the implementation: stage → step types → actors. */
const STAFF: SupervisionActor[] = ['reviewer', 'admin']
const ALLOWED: Record<CaseStage, Partial<Record<CaseStepType, SupervisionActor[]>>> = {
  open: { urge: STAFF, summon: STAFF, close: STAFF },
  urged: { urge: STAFF, summon: STAFF, publicize: ['admin'], close: STAFF },
  summoned: { interview: STAFF, close: STAFF },
  interviewed: { order: STAFF, sanction: ['admin'], publicize: ['admin'], close: STAFF },
  rectifying: { evidence: ['operator'], sanction: ['admin'], publicize: ['admin'], close: STAFF },
  evidence_submitted: { review: STAFF, publicize: ['admin'], close: STAFF },
  rectified: { publicize: ['admin'], close: STAFF },
  sanctioned: { publicize: ['admin'], close: STAFF },
  closed: {}
}
const ACTORS: SupervisionActor[] = ['reviewer', 'admin', 'operator', 'system']
const TYPES = Object.keys(CASE_STEP_LABELS) as CaseStepType[]

describe('case file: every stage × step × actor cell', () => {
  const cells = CASE_STAGES.flatMap((stage) => TYPES.flatMap((type) => ACTORS.map((actor) => [stage, type, actor] as const)))
  it.each(cells)('when the case is %s and %s is asked by %s, then the policy table decides', (stage, type, actor) => {
    const c = caseFile({ stage })
    // 'close' with outcome 'other' is allowed from any open stage; other outcomes are tested below.
    const res = checkCaseStep(c, STEP[type], actor, ctx)
    const allowed = ALLOWED[stage][type]?.includes(actor) ?? false
    expect(res.ok).toBe(allowed)
    if (!res.ok) {
      expect(res.message).toMatch(/[\u4e00-\u9fff]/)
      const roleAllowed = Object.values(ALLOWED).some((m) => m[type]?.includes(actor))
      expect(res.code).toBe(roleAllowed ? 'invalid_state' : 'forbidden')
    }
  })

  it('when a step is out of order, then the refusal names the stage and what can be done instead', () => {
    const res = checkCaseStep(caseFile({ stage: 'open' }), STEP.order, 'reviewer', ctx)
    expect(res).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(!res.ok && res.message).toBe('案件当前为“已立案”，不能办理“责令整改”；现在可以办理：督促、约谈通知、结案')
  })

  it('when a 公示 entry is live, then publicize is neither offered nor allowed again', () => {
    const c = caseFile({ stage: 'rectifying', publicActive: true })
    expect(availableCaseSteps(c, 'admin')).not.toContain('publicize')
    expect(checkCaseStep(c, STEP.publicize, 'admin', ctx)).toMatchObject({ ok: false, code: 'invalid_state' })
  })
})

describe('case file: data that depends on the clock and the case', () => {
  const at = (stage: CaseStage) => caseFile({ stage })
  test.each([
    ['2024-09-27', '不能早于或等于今天'],
    ['2024-09-20', '不能早于或等于今天'],
    ['2024-10-03', '是休息日，请选择工作日，例如 2024-10-08'],
    ['2024-10-12', null], // a make-up working day (Saturday)
    ['2024-9-30', '格式应为']
  ])('when a deadline of %s is given, then the answer is %s', (deadline, message) => {
    const res = checkCaseStep(at('open'), { ...STEP.urge, deadline } as CaseStepInput, 'reviewer', ctx)
    if (message === null) expect(res.ok).toBe(true)
    else expect(res).toMatchObject({ ok: false, code: 'invalid_payload', fields: { deadline: expect.stringContaining(message) } })
  })

  test('when a talk is scheduled in the past, then it is refused naming the field', () => {
    expect(checkCaseStep(at('urged'), { ...STEP.summon, appointmentAt: '2024-09-26T02:00:00.000Z' } as CaseStepInput, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { appointmentAt: '约谈时间不能早于现在，请选择今后的时间' } })
  })

  test('when minutes are recorded for a talk that has not happened yet, then they are refused', () => {
    expect(checkCaseStep(at('summoned'), { ...STEP.interview, heldAt: '2024-09-28T02:00:00.000Z' } as CaseStepInput, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { heldAt: expect.stringContaining('不能晚于现在') } })
  })

  test('when the talk is recorded in the minute the case was opened, then it is accepted; a minute before, it is refused', () => {
    const c = caseFile({ stage: 'summoned', createdAt: '2024-09-27T01:30:42.000Z' })
    expect(checkCaseStep(c, { ...STEP.interview, heldAt: '2024-09-27T01:30:00.000Z' } as CaseStepInput, 'reviewer', ctx).ok).toBe(true)
    expect(checkCaseStep(c, { ...STEP.interview, heldAt: '2024-09-27T01:29:00.000Z' } as CaseStepInput, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { heldAt: expect.stringContaining('不能早于立案时间') } })
  })

  test('when minutes exceed the limit, then the schema refuses them with the limit named', () => {
    const res = CaseStepInputSchema.safeParse({ ...STEP.interview, minutes: '记'.repeat(5001) })
    expect(res.success).toBe(false)
    expect(!res.success && res.error.issues[0].message).toBe('约谈记录不能超过5000个字，请精简')
  })

  test('when evidence is rejected without a reason or a new deadline, then each is asked for', () => {
    const c = at('evidence_submitted')
    expect(checkCaseStep(c, { type: 'review', verdict: 'reject', note: '', deadline: '2024-10-15' }, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { note: expect.stringContaining('写明原因') } })
    expect(checkCaseStep(c, { type: 'review', verdict: 'reject', note: '材料不清晰' }, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { deadline: expect.stringContaining('新的整改截止日期') } })
  })

  test('when 公示 text carries an ID number or a mobile number, then it is refused', () => {
    const c = at('interviewed')
    expect(checkCaseStep(c, { ...STEP.publicize, name: '张三 440783199001011230' } as CaseStepInput, 'admin', ctx)).toMatchObject({ ok: false, fields: { name: expect.stringContaining('身份证号码或手机号码') } })
    expect(checkCaseStep(c, { ...STEP.publicize, measure: '联系 13800138000' } as CaseStepInput, 'admin', ctx)).toMatchObject({ ok: false, fields: { measure: expect.any(String) } })
  })

  test('when closing as rectified, sanctioned or filed before that happened, then each is refused', () => {
    expect(checkCaseStep(at('rectifying'), { type: 'close', outcome: 'rectified', note: '' }, 'reviewer', ctx)).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(checkCaseStep(at('rectified'), { type: 'close', outcome: 'sanctioned', note: '' }, 'reviewer', ctx)).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(checkCaseStep(at('urged'), { type: 'close', outcome: 'filed', note: '' }, 'reviewer', ctx)).toMatchObject({ ok: false, code: 'invalid_state' })
    expect(checkCaseStep(at('urged'), { type: 'close', outcome: 'filed', note: '' }, 'reviewer', { ...ctx, accountFiled: true }).ok).toBe(true)
    expect(checkCaseStep(at('urged'), { type: 'close', outcome: 'other', note: '' }, 'reviewer', ctx)).toMatchObject({ ok: false, fields: { note: expect.any(String) } })
  })
})

describe('case file: what each step does', () => {
  let seq = 0
  const meta = (by = 'staff-1', noticeNumber?: string) => ({ stepId: `s${++seq}`, by, byName: '李审核', noticeNumber })
  const run = (c: CaseFile, step: CaseStepInput, actor: SupervisionActor, now = NOW, n?: string) => applyCaseStep(c, step, actor, meta(actor === 'operator' ? 'op-1' : 'staff-1', n), { ...ctx, now })

  test('when a case goes through 约谈 → 责令整改 → evidence → accepted → 公示 → closed, then stages, notice and messages follow', () => {
    let c = caseFile()
    const summon = run(c, STEP.summon, 'reviewer', NOW, '开网约〔2024〕1号')
    expect(summon.next.stage).toBe('summoned')
    expect(summon.step.noticeNumber).toBe('开网约〔2024〕1号')
    expect(summon.step.deadline).toBe('2024-10-09')
    // Two working days before 10-09 (10-08 and 09-30 are working days, the holiday between is not).
    expect(summon.next.reminderOn).toBe('2024-09-30')
    expect(summon.audit).toMatchObject({ action: 'case-summon', detail: { from: 'open', to: 'summoned', noticeNumber: '开网约〔2024〕1号' } })
    expect(summon.message).toMatchObject({ noticeType: '约谈通知书', deadline: '2024-10-09T02:00:00.000Z' })
    c = summon.next

    const interview = run(c, STEP.interview, 'reviewer')
    expect(interview.next.stage).toBe('interviewed')
    expect(interview.next.reminderOn).toBeNull()
    expect(interview.step.attachments).toEqual(STEP.interview.type === 'interview' ? STEP.interview.signedRecord : [])
    expect(interview.audit.detail).toMatchObject({ attendees: 2, minutesChars: expect.any(Number) })
    expect(interview.audit.detail).not.toHaveProperty('minutes')
    expect(interview.message).toBeNull()
    c = interview.next

    const order = run(c, STEP.order, 'reviewer', NOW, '开网改〔2024〕1号')
    // Two working days before 10-15: 10-14 and the make-up Saturday 10-12.
    expect(order.next).toMatchObject({ stage: 'rectifying', reminderOn: '2024-10-12' })
    expect(order.message).toMatchObject({ noticeType: '责令整改通知书', remark: '请于2024-10-15前整改并提交材料' })
    c = order.next

    const published = run(c, STEP.publicize, 'admin')
    expect(published.next).toMatchObject({ stage: 'rectifying', publicActive: true, publicNotice: { name: '抖音账号“开平美食探店”', measure: '约谈并责令整改', withdrawnAt: null } })
    c = published.next

    const evidence = run(c, STEP.evidence, 'operator')
    expect(evidence.next.stage).toBe('evidence_submitted')
    c = evidence.next

    const reject = run(c, { type: 'review', verdict: 'reject', note: '仍有一条视频未删除', deadline: '2024-10-18' }, 'reviewer')
    expect(reject.next).toMatchObject({ stage: 'rectifying', reminderOn: '2024-10-16' })
    expect(reject.message).toMatchObject({ noticeType: '整改验收未通过' })
    c = run(reject.next, STEP.evidence, 'operator').next
    const accept = run(c, STEP.review, 'reviewer')
    expect(accept.next).toMatchObject({ stage: 'rectified', reminderOn: null })
    c = accept.next

    const close = run(c, { type: 'close', outcome: 'rectified', note: '' }, 'reviewer')
    expect(close.next).toMatchObject({ stage: 'closed', closeOutcome: 'rectified', publicActive: false, closedAt: NOW.toISOString() })
    expect(close.next.publicNotice?.withdrawnAt).toBe(NOW.toISOString())
    expect(close.audit.detail).toMatchObject({ publicWithdrawn: true })
    expect(close.next.steps.map((s) => s.type)).toEqual(['summon', 'interview', 'order', 'publicize', 'evidence', 'review', 'evidence', 'review', 'close'])
    expect(close.next.version).toBe(10)
  })

  test('when a sanctioned case closes, then its 公示 entry stays', () => {
    let c = caseFile({ stage: 'interviewed' })
    c = run(c, STEP.publicize, 'admin').next
    c = run(c, STEP.sanction, 'admin').next
    const closed = run(c, { type: 'close', outcome: 'sanctioned', note: '' }, 'reviewer').next
    expect(closed.publicActive).toBe(true)
    expect(closed.publicNotice?.withdrawnAt).toBeNull()
  })

  test('when the case has no operator (an unfiled account), then no message is owed', () => {
    expect(run(caseFile({ operatorOpenid: null }), STEP.summon, 'reviewer').message).toBeNull()
  })

  test('when a refused step is applied anyway, then it throws (a programming error)', () => {
    expect(() => run(caseFile(), STEP.order, 'reviewer')).toThrow(/refused/)
  })
})

describe('reminders before each deadline', () => {
  const ordered = () => applyCaseStep(caseFile({ stage: 'interviewed' }), STEP.order, 'reviewer', { stepId: 'o1', by: 's', byName: 'x', noticeNumber: 'n' }, ctx).next

  test('when the reminder day has not come, then nothing is due; on the day, one reminder and then none', () => {
    const c = ordered()
    expect(c.reminderOn).toBe('2024-10-12')
    expect(remindCase(c, new Date('2024-10-11T02:00:00Z'), cfg)).toBeNull()
    const due = remindCase(c, new Date('2024-10-12T02:00:00Z'), cfg)
    expect(due?.message).toMatchObject({ noticeType: '责令整改到期提醒', remark: '截止日期：2024-10-15' })
    expect(due?.next.reminderOn).toBeNull()
    expect(due && remindCase(due.next, new Date('2024-10-12T03:00:00Z'), cfg)).toBeNull()
  })

  test('when the deadline already passed, then no "before the deadline" reminder goes out', () => {
    expect(reminderDate(ordered(), new Date('2024-10-16T02:00:00Z'), cfg)).toBeNull()
  })

  test('when the deadline is closer than the reminder lead, then the reminder is due today', () => {
    const c = applyCaseStep(caseFile(), { ...STEP.urge, deadline: '2024-09-30' } as CaseStepInput, 'reviewer', { stepId: 'u', by: 's', byName: 'x' }, ctx).next
    expect(c.reminderOn).toBe('2024-09-27')
  })
})

describe('deadlines in working days', () => {
  test('when 10 working days are chosen on 2024-09-27, then the make-up Sunday counts and the holiday does not', () => {
    expect(deadlineIn(10, NOW, cfg)).toBe('2024-10-16')
    expect(checkDeadline(deadlineIn(10, NOW, cfg), NOW, cfg)).toBeNull()
  })
})

describe('reports', () => {
  test('when a closed report is assigned or closed again, then it is refused in Chinese', () => {
    expect(reportStep('open', 'assign', 'reviewer')).toEqual({ ok: true, to: 'processing' })
    expect(reportStep('processing', 'close', 'system')).toEqual({ ok: true, to: 'closed' })
    expect(reportStep('closed', 'close', 'admin')).toMatchObject({ ok: false, code: 'invalid_state', message: expect.stringContaining('已办结') })
    expect(reportStep('open', 'assign', 'operator')).toMatchObject({ ok: false, code: 'forbidden' })
    expect(reportStep('open', 'assign', 'system')).toMatchObject({ ok: false, code: 'forbidden' })
  })

  test('when the reporter reads the receipt, then the outcome is in words meant for them', () => {
    expect(reportOutcomeForReporter('open', null)).toBe('已受理，等待核查')
    expect(reportOutcomeForReporter('closed', 'filed')).toBe('经核查，被举报账号已按要求完成登记备案')
  })

  test('when receipt numbers are formatted, then they read JB-2026-000123 and parse back', () => {
    expect(formatSerial(cfg.supervision.receiptFormat, 2026, 123)).toBe('JB-2026-000123')
    expect(parseSerial(cfg.supervision.receiptFormat, ' jb-2026-000123 ')).toEqual({ year: 2026, seq: 123 })
    expect(parseSerial(cfg.supervision.receiptFormat, 'JB-2026-0001')).toBeNull()
    expect(formatSerial(cfg.supervision.summonNoticeFormat, 2024, 3)).toBe('开网约〔2024〕3号')
    expect(formatSerial(shundeConfig.supervision.summonNoticeFormat, 2024, 3)).toBe('约谈〔2024〕3号')
  })
})

describe('leads', () => {
  const lead = (status: Parameters<typeof leadStep>[0]['status'], over: Partial<Parameters<typeof leadStep>[0]> = {}) => ({ status, urged: false, caseId: null, ...over })
  test('when an urged lead files, then it passes through 备案审核中 to 已备案; a withdrawn filing sends it back to 已督促', () => {
    expect(leadStep(lead('urged'), 'filing-submitted', 'system')).toEqual({ ok: true, to: 'filing' })
    expect(leadStep(lead('filing'), 'filing-approved', 'system')).toEqual({ ok: true, to: 'filed' })
    expect(leadStep(lead('filing', { urged: true }), 'filing-dropped', 'system')).toEqual({ ok: true, to: 'urged' })
    expect(leadStep(lead('filing', { caseId: 'c1' }), 'filing-dropped', 'system')).toEqual({ ok: true, to: 'escalated' })
  })
  test('when staff try to mark a lead filed, or urge a closed one, then it is refused', () => {
    expect(leadStep(lead('urged'), 'filing-approved', 'admin')).toMatchObject({ ok: false, code: 'forbidden' })
    expect(leadStep(lead('filed'), 'urge', 'reviewer')).toMatchObject({ ok: false, code: 'invalid_state', message: '该线索已备案，不能督促' })
  })
})

describe('generated notices', () => {
  test('when a talk is scheduled, then the 约谈通知书 names the account, the time, the place and the office', () => {
    const e = applyCaseStep(caseFile(), STEP.summon, 'reviewer', { stepId: 's1', by: 'x', byName: 'x', noticeNumber: '开网约〔2024〕7号' }, ctx)
    const doc = noticeDocument(e.next, e.step, cfg)
    expect(doc).toMatchObject({ kind: 'summon', title: '约谈通知书', number: '开网约〔2024〕7号', addressee: '抖音账号“开平美食探店”运营者：', office: '开平市互联网信息办公室', date: '2024-09-27' })
    expect(doc?.paragraphs.join('')).toContain('2024-10-09 10:00到市网信办301会议室接受约谈')
    expect(doc?.paragraphs.join('')).toContain('账号长期未按规定登记备案')
  })
  test('when rectification is ordered, then the 整改通知书 lists the items and the deadline', () => {
    const e = applyCaseStep(caseFile({ stage: 'interviewed' }), STEP.order, 'reviewer', { stepId: 's2', by: 'x', byName: 'x', noticeNumber: '开网改〔2024〕2号' }, ctx)
    const doc = noticeDocument(e.next, e.step, cfg)
    expect(doc).toMatchObject({ kind: 'order', title: '责令整改通知书', items: ['删除违规视频', '完成登记备案'] })
    expect(doc?.paragraphs[0]).toContain('于2024-10-15前完成以下整改')
  })
})

describe('messages under the notification policy', () => {
  const SETTINGS = {
    longTerm: false,
    templates: {
      reportClosed: { id: 'tpl-report', keys: { receiptNumber: 'character_string1', accountName: 'thing2', result: 'phrase3', time: 'time4', remark: 'thing5' } },
      caseNotice: { id: 'tpl-case', keys: { accountName: 'thing1', noticeType: 'thing2', deadline: 'time3', remark: 'thing4' } },
      deadlineReminder: { id: 'tpl-remind', keys: { accountName: 'thing1', deadline: 'date2', remark: 'thing3' } }
    }
  }
  const closed = reportClosedRequest({ reporterOpenid: 'o-reporter', receiptNumber: 'JB-2024-000001', accountName: '一个非常非常长的账号名称超过了二十个字的限制啊啊', outcome: 'filed', closedAt: NOW.toISOString() })

  test('when a report is closed and the reporter has a consent credit, then the message fits the configured keys, links to the receipt and spends the credit', () => {
    const owed = oweMessage(closed, SETTINGS, { 'tpl-report': 1 }, cfg.timezone)
    expect(owed.spend).toBe('tpl-report')
    expect(owed.message?.openid).toBe('o-reporter')
    expect(owed.message?.page).toBe('packages/public/pages/receipt/index?n=JB-2024-000001')
    expect(owed.message?.data).toEqual({
      character_string1: { value: 'JB-2024-000001' },
      thing2: { value: '一个非常非常长的账号名称超过了二十个字…' },
      phrase3: { value: '已办结' },
      time4: { value: '2024-09-27 10:00' },
      thing5: { value: '经核查，被举报账号已按要求完成登记备案' }
    })
  })
  test('when the reporter has no credit left, then nothing is owed (WeChat would refuse it with 43101)', () => {
    expect(oweMessage(closed, SETTINGS, { 'tpl-report': 0 }, cfg.timezone)).toEqual({ message: null, spend: null, unsent: 'no-consent' })
  })
  test('when a case message has no deadline, then the time field carries the message time, never an empty value', () => {
    const req = caseMessageRequest({ ...caseFile(), operatorOpenid: 'o-op' }, { noticeType: '整改验收通过', deadline: '', remark: '您提交的整改材料已验收通过' }, NOW.toISOString())
    const owed = oweMessage(req, SETTINGS, { 'tpl-case': 1 }, cfg.timezone)
    expect(owed.message?.data.time3).toEqual({ value: '2024-09-27 10:00' })
    expect(owed.message?.page).toBe('packages/filing/pages/case/index?id=case-1')
  })
  test('when a case reminder is owed and only a 到期提醒 credit is left, then it travels as a 到期提醒; a case notice does not', () => {
    const m = { noticeType: '督促到期提醒', deadline: '2024-10-15T09:30:00.000Z', remark: '请于2024-10-15前完成登记备案' }
    const reminder = oweMessage(caseMessageRequest({ ...caseFile(), operatorOpenid: 'o-op' }, m, NOW.toISOString(), true), SETTINGS, { 'tpl-remind': 1 }, cfg.timezone)
    expect(reminder.message?.templateKind).toBe('deadlineReminder')
    expect(reminder.spend).toBe('tpl-remind')
    expect(oweMessage(caseMessageRequest({ ...caseFile(), operatorOpenid: 'o-op' }, m, NOW.toISOString()), SETTINGS, { 'tpl-remind': 1 }, cfg.timezone).unsent).toBe('no-consent')
  })
})

describe('dashboard', () => {
  test('when filed and unfiled counts are combined, then coverage is filed over known, per key and in total', () => {
    const rows = coverageRows({ a: 3, b: 1 }, { a: 1, c: 2 }, (k) => k.toUpperCase())
    expect(rows).toEqual([
      { key: 'a', label: 'A', filed: 3, unfiled: 1, rate: 75 },
      { key: 'c', label: 'C', filed: 0, unfiled: 2, rate: 0 },
      { key: 'b', label: 'B', filed: 1, unfiled: 0, rate: 100 }
    ])
    expect(coverageTotal(rows)).toMatchObject({ filed: 4, unfiled: 3, rate: 57.1 })
  })
  test('when decisions are timed against their due dates, then each reviewer gets on-time and late counts', () => {
    const rows = reviewCompliance([
      { reviewer: 'r1', reviewerName: '甲', at: '2024-09-27T15:59:00Z', dueDate: '2024-09-27' }, // 23:59 local: on time
      { reviewer: 'r1', reviewerName: '甲', at: '2024-09-27T16:01:00Z', dueDate: '2024-09-27' }, // next local day: late
      { reviewer: 'r2', reviewerName: '乙', at: '2024-09-27T02:00:00Z', dueDate: null }
    ], 'Asia/Shanghai')
    expect(rows).toEqual([
      { reviewer: 'r1', name: '甲', decisions: 2, onTime: 1, late: 1, rate: 50 },
      { reviewer: 'r2', name: '乙', decisions: 1, onTime: 0, late: 0, rate: null }
    ])
  })
  test('when return reasons are ranked, then they are counted by the field they named', () => {
    expect(rankReturnReasons([{ field: 'documents.id_front', reason: 'a' }, { field: 'documents.id_front', reason: 'b' }, { field: 'subject.phone', reason: 'c' }])).toEqual([
      { key: '身份证人像面', label: '身份证人像面', count: 2 },
      { key: '联系电话', label: '联系电话', count: 1 }
    ])
  })
  test('when the funnel is built, then each stage counts the cases that reached it', () => {
    const f = enforcementFunnel({ total: 5, urged: 3, filed: 2 }, [
      { stage: 'closed', stepTypes: ['summon', 'interview', 'order', 'evidence', 'review', 'publicize', 'close'], closeOutcome: 'rectified' },
      { stage: 'sanctioned', stepTypes: ['urge', 'summon', 'interview', 'sanction'], closeOutcome: null }
    ])
    expect(Object.fromEntries(f.map((r) => [r.key, r.count]))).toEqual({ leads: 5, urged: 4, leadsFiled: 2, cases: 2, summon: 2, order: 1, rectified: 1, sanction: 1, publicize: 1, closed: 1 })
  })
  test('when a filing is submitted after its due date (local), then it is late', () => {
    expect(filedAfterDue('2024-09-27', '2024-09-27T15:59:00Z', 'Asia/Shanghai')).toBe(false)
    expect(filedAfterDue('2024-09-27', '2024-09-27T16:00:00Z', 'Asia/Shanghai')).toBe(true)
    expect(filedAfterDue(null, '2024-09-27T16:00:00Z', 'Asia/Shanghai')).toBe(false)
  })
  test('when a month is asked for, then its range is local midnight to local midnight', () => {
    expect(monthRange('2024-12', 'Asia/Shanghai')).toEqual({ from: '2024-11-30T16:00:00.000Z', to: '2024-12-31T16:00:00.000Z' })
  })
})
