/**
 * Every page of the route table (src/core/routes.ts PAGES), as applicant, reviewer and admin, in
 * its meaningful states (test/e2e/support/page-states.ts; a page without states there is visited
 * at its plain URL), at normal and at large font: axe-core (pinned in package.json, injected into
 * the page) must find no violation, and each state is photographed to test-results/screenshots
 * (every-route/<role>-<page>-<state>[-large].png) for review. A page added to the table later is
 * covered without touching this file.
 */
import path from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { PAGES, type PageKey } from '../../src/core/routes'
import { SHOTS, startE2E, type E2E } from './harness'
import { settled } from './journey-steps'
import { statesOf, type Fixture, type PageState, type Role } from './support/page-states'

const AXE = require.resolve('axe-core/axe.min.js')
const ROLES: Record<Role, string> = { applicant: 'demo-applicant-a', reviewer: 'demo-reviewer', admin: 'demo-admin' }
const DIR = path.join(SHOTS, 'every-route')

interface Violation { id: string, impact: string | null, help: string, targets: string[] }
interface Visit { role: Role, page: PageKey, state: string, large: boolean, violations: Violation[] }

let e2e: E2E
let fixture: Fixture
const visits: Visit[] = []

beforeAll(async () => {
  e2e = await startE2E({ seedDemo: true })
  mkdirSync(DIR, { recursive: true })
  // The demo applicants share the states between them (甲 has the drafts, 乙 the withdrawn …).
  const mine: Fixture['mine'] = {}
  const numbers: Record<string, string> = {}
  for (const openid of ['demo-applicant-b', ROLES.applicant]) {
    const r = await e2e.call<{ items: Array<{ id: string, status: string, filingNumber: string | null }> }>(openid, 'applicant', 'list-mine', {})
    for (const i of r.items) {
      mine[i.status] = { id: i.id, openid }
      if (i.filingNumber !== null) numbers[i.status] = i.filingNumber
    }
  }
  const all = await e2e.call<{ items: Array<{ id: string, status: string }> }>(ROLES.admin, 'staff', 'queue', { limit: 100, status: ['submitted', 'returned', 'approved'] })
  const staffSees = Object.fromEntries([...all.items].reverse().map((i) => [i.status, i.id]))
  // 监管 has no demo data: one report, one lead and one case on an approved filing, made as people would.
  const report = await e2e.call<{ id: string }>('demo-applicant-b', 'public', 'report', { platform: 'kuaishou', accountName: '赤坎夜市速递', reason: '未备案', details: '每天发布赤坎本地消息' })
  const lead = await e2e.call<{ outcome: { status: string, leadId?: string } }>(ROLES.reviewer, 'staff', 'lead-create', { platform: 'douyin', accountName: '开平巡查发现账号', town: '440783001' })
  const kase = await e2e.call<{ case: { id: string } }>(ROLES.reviewer, 'staff', 'case-open', { filingId: staffSees.approved, summary: '发布未经核实的本地信息' })
  fixture = {
    mine,
    staffSees,
    approvedNumber: numbers.approved ?? '',
    cancelledNumber: numbers.cancelled ?? '',
    supervision: { reportId: report.id, leadId: lead.outcome.leadId ?? '', caseId: kase.case.id }
  }
  for (const s of ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'cancelled']) {
    if (fixture.mine[s] === undefined) throw new Error(`the demo data has no ${s} filing`)
  }
  if (fixture.approvedNumber === '' || fixture.cancelledNumber === '') throw new Error('the demo data has no approved or cancelled number')
}, 180_000)

afterAll(async () => {
  // The figures for the report: violations per role (normal and large font).
  const byRole: Record<string, { states: number, violations: number }> = {}
  for (const v of visits) {
    const key = `${v.role}${v.large ? ' (large font)' : ''}`
    byRole[key] ??= { states: 0, violations: 0 }
    byRole[key].states++
    byRole[key].violations += v.violations.length
  }
  console.log(`axe over every route:\n${Object.entries(byRole).map(([k, n]) => `  ${k}: ${n.violations} violations over ${n.states} states`).join('\n')}`)
  await e2e?.close()
})

async function axe (page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, impact: string | null, help: string, nodes: Array<{ target: string[] }> }> }> } }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
}

/**
 * The whole page in one picture: Taro's h5 router scrolls each page inside its own container,
 * so that container is let grow to its content first (after axe has seen the page as it is).
 */
async function fullPageShot (page: Page, file: string): Promise<void> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue
      el.style.maxHeight = 'none'
      el.style.height = 'auto'
      el.style.overflow = 'visible'
      el.style.position = 'relative'
    }
    // The frame (src/services/chrome.h5.scss) holds the page to the screen's height: let it grow.
    for (const el of [document.documentElement, document.body, document.getElementById('app')]) {
      if (el === null) continue
      el.style.height = 'auto'
      el.style.overflow = 'visible'
    }
    // Bars fixed to the bottom of the phone go to the bottom of the picture.
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.tabbar, .footer-bar, .decide-bar'))) el.style.position = 'relative'
  })
  await page.screenshot({ path: file, fullPage: true })
}

async function visit (role: Role, key: PageKey, s: PageState, large: boolean): Promise<Visit> {
  const page = await e2e.phone(s.openid ?? ROLES[role], { largeFont: large })
  try {
    if (s.offline === true) await page.route('**/api/**', (r) => r.abort('internetdisconnected'))
    const sep = s.url.includes('?') ? '&' : '?'
    await page.goto(`${e2e.server.url}${s.url}${large ? `${sep}font=large` : ''}`)
    await settled(page)
    if (s.act) {
      await s.act(page)
      await settled(page)
    }
    const violations = await axe(page)
    const name = `${role}-${key}-${s.name}${large ? '-large' : ''}`
    await fullPageShot(page, path.join(DIR, `${name}.png`))
    const v: Visit = { role, page: key, state: s.name, large, violations }
    visits.push(v)
    return v
  } finally {
    await page.context().close()
  }
}

const describeViolations = (v: Visit) => v.violations.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.targets.slice(0, 5).join('\n    ')}`).join('\n')

describe('every route of the table, every role, axe-core', () => {
  for (const key of Object.keys(PAGES) as PageKey[]) {
    for (const role of Object.keys(ROLES) as Role[]) {
      test(`when ${role} opens ${key} in each of its states (normal and large font), then axe finds no violation`, async () => {
        const all = statesOf(key, fixture)
        const own = all.filter((s) => s.roles === undefined || s.roles.includes(role))
        // A page meant for another role is still opened by this one, in its first state.
        const states = own.length > 0 ? own : [{ ...all[0], openid: undefined, act: undefined }]
        const failures: string[] = []
        for (const s of states) {
          for (const large of [false, true]) {
            const v = await visit(role, key, s, large)
            if (v.violations.length > 0) failures.push(`${key}/${s.name}${large ? ' (large)' : ''}:\n${describeViolations(v)}`)
          }
        }
        expect(failures).toEqual([])
      }, 600_000)
    }
  }
})
