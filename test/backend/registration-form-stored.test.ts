/**
 * The 登记备案表 is stored with the filing (issue 12 §3): frozen at each submission, carried into
 * the approved version, and what staff print is that copy — a later change of the city's
 * configuration (labels, office details) does not alter it. Through `main` on the real SQLite store.
 */
import { main as applicant } from '../../cloudfunctions/applicant/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { kaipingConfig, type FormSheet, type JurisdictionConfig } from '../../backend/core'
import { completeIndividual } from './support/factories'
import { approved, requestId, submitted } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'

let env: TestEnv
afterEach(() => env.dispose())

type StaffView = { registrationForm: FormSheet | null; submittedAt: string | null; version: number }
const view = (id: string) => env.ok<StaffView>(staff, 'get', { id }, 'reviewer')
const printed = (sheet: FormSheet | null) => JSON.stringify(sheet)

describe('the registration form is stored with the filing', () => {
  it('when a filing is submitted, then staff get the form frozen at that moment with every entered field, the ID masked and the submission date', async () => {
    env = await makeEnv()
    const s = await submitted(env)
    const v = await view(s.id)
    expect(v.registrationForm).not.toBeNull()
    const sheet = v.registrationForm!
    expect(sheet.frozenAt).toBe(v.submittedAt)
    expect(sheet).toMatchObject({ cityName: kaipingConfig.cityName, subjectName: '张小明', org: false, date: '2024-03-04', officeName: kaipingConfig.office.name })
    expect(sheet.form.subject).toEqual(expect.arrayContaining([expect.objectContaining({ value: '13800138000' }), expect.objectContaining({ value: '开平市三埠街道港口路1号' })]))
    expect(sheet.form.accounts.rows[0]).toEqual(expect.arrayContaining(['开平美食探店']))
    expect(printed(sheet)).not.toContain('440783199001011230')
    expect(printed(sheet)).toContain('440783********1230')
  })

  it('when the city later renames a label and changes its phone, then the stored form of a filed record is unchanged, while a new submission is frozen under the new configuration', async () => {
    // A config object of this test's own, edited in place below as a redeploy with an edited city config would.
    const config: JurisdictionConfig = { ...kaipingConfig, office: { ...kaipingConfig.office }, fields: { ...(kaipingConfig.fields ?? {}) } }
    env = await makeEnv({ config })
    const a = await approved(env)
    const before = (await view(a.id)).registrationForm
    // (The office's name is also drawn into ID watermarks, whose glyph set is fixed: its phone changes here.)
    config.office.phone = '0750-0000000'
    config.fields = { ...config.fields, 'accounts.*.category': { presence: 'required', label: '内容领域（新）' } }
    const after = (await view(a.id)).registrationForm
    expect(after).toEqual(before)
    expect(printed(after)).not.toContain('0750-0000000')
    expect(printed(after)).not.toContain('内容领域（新）')

    const other = await submitted(env, 'other')
    const fresh = (await view(other.id)).registrationForm!
    expect(fresh.officePhone).toBe('0750-0000000')
    expect(printed(fresh)).toContain('内容领域（新）')
  })

  it("when an approved filing is amended and the amendment approved, then the stored form is the amendment's; a withdrawn amendment leaves the approved form in force", async () => {
    env = await makeEnv()
    const a = await approved(env)
    const content = await completeIndividual(env.rt, OPENID.owner, { subject: { type: 'individual', name: '张小明', idNumber: '440783199001011230', phone: '13900139000', address: '开平市赤坎镇堤西路2号', town: '440783001' } })
    const am = await env.ok<{ version: number }>(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), subscribed: [], content }, 'owner')
    const pending = (await view(a.id)).registrationForm!
    expect(printed(pending)).toContain('开平市赤坎镇堤西路2号')
    const w = await env.ok<{ version: number }>(applicant, 'withdraw', { id: a.id, version: am.version }, 'owner')
    expect(printed((await view(a.id)).registrationForm)).toContain('开平市三埠街道港口路1号')
    const am2 = await env.ok<{ version: number }>(applicant, 'amend', { id: a.id, version: w.version, requestId: requestId(), subscribed: [], content }, 'owner')
    await env.ok(staff, 'decide', { id: a.id, version: am2.version, decision: { decision: 'approve' } }, 'reviewer')
    const rec = await env.rt.store.filings.get(a.id)
    expect(JSON.stringify(rec!.approved!.form)).toContain('开平市赤坎镇堤西路2号')
    expect(printed((await view(a.id)).registrationForm)).toContain('13900139000')
  })
})
