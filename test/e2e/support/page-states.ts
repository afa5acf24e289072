/**
 * The states each page of the route table is visited in by the every-route test (axe + screenshots).
 * A page without an entry here is still visited, as every role, in its default state (its URL
 * without a query): pages added later are covered from the day they land. Add an entry to
 * visit its meaningful states (empty, filled, error, returned, approved …).
 */
import type { Page } from 'playwright-core'
import { pageUrl, paths, type PageKey } from '../../../src/core/routes'
import { byId, inputOf, visibleText, touch } from '../journey-steps'

export type Role = 'applicant' | 'reviewer' | 'admin'

/** What the states know about the seeded data (ids of the demo filings, by status). */
export interface Fixture {
  /** A demo applicant's own filing of each status, and whose it is. */
  mine: Record<string, { id: string, openid: string }>
  /** A filing of another applicant, for staff, by status. */
  staffSees: Record<string, string>
  approvedNumber: string
  cancelledNumber: string
  /** 监管 records made for the walk (a report, a lead, a case on a staff-visible approved filing). */
  supervision: { reportId: string, leadId: string, caseId: string }
}

export interface PageState {
  name: string
  url: string
  /** Who visits this state (default: every role). */
  roles?: Role[]
  /** Another identity than the role's demo one (e.g. a newcomer with no filings). */
  openid?: string
  /** The API is unreachable (offline). */
  offline?: boolean
  /** Taps and typing after the page settled, bringing it into the state. */
  act?: (page: Page) => Promise<void>
}

const applicantOnly: Role[] = ['applicant']
const staff: Role[] = ['reviewer', 'admin']

/** Waits for the wizard to show step n (its progress line). */
async function onStep (page: Page, n: number): Promise<void> {
  await visibleText(page, `第${n}步，共5步`).waitFor()
}

async function nextTo (page: Page, n: number): Promise<void> {
  await touch(byId(page, 'wizard-next'))
  await onStep(page, n)
}

export function pageStates (f: Fixture): Partial<Record<PageKey, PageState[]>> {
  return {
    home: [
      { name: 'default', url: paths.home() },
      { name: 'offline', url: paths.home(), offline: true, roles: applicantOnly }
    ],
    filings: [
      { name: 'filled', url: paths.filings() },
      { name: 'empty', url: paths.filings(), openid: 'a11y-newcomer', roles: applicantOnly },
      { name: 'offline', url: paths.filings(), offline: true, roles: applicantOnly }
    ],
    review: [
      { name: 'default', url: paths.review() }
    ],
    adminQueue: [
      { name: 'todo', url: paths.adminQueue(), roles: staff },
      {
        name: 'filters',
        url: paths.adminQueue({ tab: 'all' }),
        roles: staff,
        act: async (page) => { await touch(byId(page, 'filters-toggle')); await byId(page, 'filter-platform').waitFor() }
      },
      {
        name: 'no-match',
        url: paths.adminQueue({ tab: 'all' }),
        roles: ['reviewer'],
        act: async (page) => {
          await inputOf(page, 'queue-search').fill('没有这个账号名称')
          await touch(byId(page, 'queue-search-go'))
          await page.locator('[data-testid="queue-row"] >> visible=true').first().waitFor({ state: 'hidden' })
        }
      },
      { name: 'not-staff', url: paths.adminQueue(), roles: applicantOnly },
      { name: 'offline', url: paths.adminQueue(), roles: ['reviewer'], offline: true }
    ],
    adminDetail: [
      { name: 'submitted', url: paths.adminDetail(f.staffSees.submitted), roles: staff },
      {
        name: 'return-form',
        url: paths.adminDetail(f.staffSees.submitted),
        roles: ['reviewer'],
        act: async (page) => { await touch(byId(page, 'decide-return')); await byId(page, 'return-form').waitFor() }
      },
      {
        name: 'reject-form',
        url: paths.adminDetail(f.staffSees.submitted),
        roles: ['reviewer'],
        act: async (page) => { await touch(byId(page, 'decide-reject')); await byId(page, 'reject-form').waitFor() }
      },
      { name: 'returned', url: paths.adminDetail(f.staffSees.returned), roles: staff },
      { name: 'approved', url: paths.adminDetail(f.staffSees.approved), roles: staff },
      { name: 'not-found', url: paths.adminDetail('no-such-filing'), roles: ['reviewer'] },
      { name: 'not-staff', url: paths.adminDetail(f.staffSees.submitted), roles: applicantOnly }
    ],
    adminStats: [
      { name: 'default', url: paths.adminStats(), roles: staff },
      { name: 'not-staff', url: paths.adminStats(), roles: applicantOnly }
    ],
    adminStaff: [
      { name: 'default', url: paths.adminStaff() },
      {
        name: 'open-invite',
        url: paths.adminStaff(),
        roles: ['admin'],
        act: async (page) => {
          await inputOf(page, 'invite.name').fill('林待定')
          await touch(byId(page, 'invite-submit'))
          await byId(page, 'pending-invite').waitFor()
        }
      }
    ],
    adminEntry: [
      { name: 'default', url: paths.adminEntry() },
      {
        name: 'refused-step',
        url: paths.adminEntry(),
        roles: staff,
        act: async (page) => {
          await touch(byId(page, 'wizard-next'))
          await byId(page, 'entry-problems').waitFor()
        }
      }
    ],
    adminImport: [
      { name: 'default', url: paths.adminImport() }
    ],
    adminRedeem: [
      { name: 'default', url: paths.adminRedeem() },
      {
        name: 'wrong-code',
        url: paths.adminRedeem(),
        roles: applicantOnly,
        act: async (page) => {
          await inputOf(page, 'invite.code').fill('WRONG123')
          await touch(byId(page, 'redeem-submit'))
          await page.locator('.field-error >> visible=true').first().waitFor()
        }
      }
    ],
    wizard: [
      { name: 'new', url: paths.wizard(), roles: applicantOnly, openid: 'a11y-newcomer' },
      {
        name: 'new-errors',
        url: paths.wizard(),
        roles: applicantOnly,
        openid: 'a11y-newcomer',
        act: async (page) => { await touch(byId(page, 'wizard-next')); await byId(page, 'wizard-problems').waitFor() }
      },
      { name: 'draft-step1', url: paths.wizard({ id: f.mine.draft.id }), openid: f.mine.draft.openid, roles: applicantOnly },
      { name: 'draft-step2', url: paths.wizard({ id: f.mine.draft.id }), openid: f.mine.draft.openid, roles: applicantOnly, act: async (page) => { await onStep(page, 1); await nextTo(page, 2) } },
      { name: 'draft-step3', url: paths.wizard({ id: f.mine.draft.id }), openid: f.mine.draft.openid, roles: applicantOnly, act: async (page) => { await onStep(page, 1); await nextTo(page, 2); await nextTo(page, 3) } },
      { name: 'draft-step4', url: paths.wizard({ id: f.mine.draft.id }), openid: f.mine.draft.openid, roles: applicantOnly, act: async (page) => { await onStep(page, 1); await nextTo(page, 2); await nextTo(page, 3); await nextTo(page, 4) } },
      { name: 'draft-step5', url: paths.wizard({ id: f.mine.draft.id }), openid: f.mine.draft.openid, roles: applicantOnly, act: async (page) => { await onStep(page, 1); await nextTo(page, 2); await nextTo(page, 3); await nextTo(page, 4); await nextTo(page, 5) } },
      { name: 'correct', url: paths.wizard({ id: f.mine.returned.id, mode: 'correct' }), openid: f.mine.returned.openid, roles: applicantOnly },
      { name: 'amend', url: paths.wizard({ id: f.mine.approved.id, mode: 'amend' }), openid: f.mine.approved.openid, roles: applicantOnly },
      { name: 'not-found', url: paths.wizard({ id: 'no-such-filing' }), roles: applicantOnly }
    ],
    selfCheck: [
      { name: 'default', url: paths.selfCheck(), roles: applicantOnly },
      {
        name: 'unanswered',
        url: paths.selfCheck(),
        roles: applicantOnly,
        act: async (page) => { await touch(byId(page, 'selfcheck-run')); await page.locator('.error-text >> visible=true').first().waitFor() }
      },
      {
        name: 'result',
        url: paths.selfCheck(),
        roles: applicantOnly,
        act: async (page) => {
          for (const q of ['registeredInCity', 'operatorLivesInCity', 'publishesLocalNews', 'contentMostlyLocal', 'previouslyFiledAndChanged']) {
            await touch(byId(page, `selfcheck.${q}-${q === 'registeredInCity' ? 'yes' : 'no'}`))
          }
          await touch(byId(page, 'selfcheck-run'))
          await byId(page, 'selfcheck-result').waitFor()
        }
      }
    ],
    camera: [
      { name: 'consent', url: paths.camera({ kind: 'id_front', req: 'a11y' }), roles: applicantOnly },
      {
        name: 'live',
        url: paths.camera({ kind: 'id_front', req: 'a11y' }),
        roles: applicantOnly,
        act: async (page) => {
          await touch(byId(page, 'capture-consent-agree'))
          await byId(page, 'capture-video').waitFor()
          await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="capture-quality"]')).some((q) => !/capture-quality--wait/.test(q.className)))
        }
      }
    ],
    filingDetail: [
      ...['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'cancelled'].map((s) => ({ name: s, url: paths.filingDetail(f.mine[s].id), openid: f.mine[s].openid, roles: applicantOnly })),
      { name: 'not-found', url: paths.filingDetail('no-such-filing'), roles: applicantOnly },
      { name: 'offline', url: paths.filingDetail(f.mine.approved.id), openid: f.mine.approved.openid, roles: applicantOnly, offline: true }
    ],
    // Organisations: the owner's managers (with a fresh invite code, then a transfer code, shown), the bulk import, joining by code.
    orgManagers: [
      { name: 'owner', url: paths.orgManagers(f.mine.draft.id), openid: f.mine.draft.openid, roles: applicantOnly },
      {
        name: 'invited',
        url: paths.orgManagers(f.mine.approved.id),
        openid: f.mine.approved.openid,
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'invite.name').fill('李小红'); await touch(byId(page, 'invite-submit')); await byId(page, 'invite-code').waitFor() }
      },
      {
        name: 'transfer-code',
        url: paths.orgManagers(f.mine.approved.id),
        openid: f.mine.approved.openid,
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'transfer.toName').fill('开平市新潮文化传媒有限公司'); await touch(byId(page, 'transfer-submit')); await byId(page, 'transfer-code').waitFor() }
      },
      { name: 'not-mine', url: paths.orgManagers(f.mine.draft.id), openid: 'a11y-newcomer', roles: applicantOnly }
    ],
    orgBulk: [{ name: 'default', url: paths.orgBulk(f.mine.draft.id), openid: f.mine.draft.openid, roles: applicantOnly }],
    orgProfiles: [
      { name: 'empty', url: paths.orgProfiles(), openid: 'a11y-newcomer', roles: applicantOnly },
      {
        name: 'saved-open',
        url: paths.orgProfiles({ save: f.mine.approved.id }),
        openid: f.mine.approved.openid,
        roles: applicantOnly,
        act: async (page) => { await byId(page, 'profile-saved').waitFor(); await touch(byId(page, 'profile').first()); await byId(page, 'profile-body').waitFor() }
      },
      { name: 'offline', url: paths.orgProfiles(), openid: f.mine.approved.openid, roles: applicantOnly, offline: true }
    ],
    orgJoin: [
      { name: 'default', url: paths.orgJoin(), roles: applicantOnly },
      {
        name: 'wrong-code',
        url: paths.orgJoin(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'join.code').fill('WRONG123'); await touch(byId(page, 'join-submit')); await visibleText(page, '邀请码无效或已被使用').first().waitFor() }
      }
    ],
    orgAgency: [
      { name: 'default', url: paths.orgAgency(), roles: applicantOnly },
      {
        name: 'wrong-code',
        url: paths.orgAgency(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'agency.code').fill('WRONG123'); await touch(byId(page, 'agency-look')); await visibleText(page, '确认码无效或已被使用').first().waitFor() }
      }
    ],
    proof: [
      { name: 'own', url: paths.proof({ id: f.mine.approved.id }), openid: f.mine.approved.openid, roles: applicantOnly },
      { name: 'forged', url: paths.proof({ code: 'NOT-A-REAL-CODE' }) }
    ],
    claim: [
      { name: 'default', url: paths.claim(), roles: applicantOnly },
      {
        name: 'missing',
        url: paths.claim(),
        roles: applicantOnly,
        act: async (page) => { await touch(byId(page, 'claim-submit')); await page.locator('.field-error >> visible=true').first().waitFor() }
      },
      {
        name: 'no-match',
        url: paths.claim(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'filingNumber').fill('KP-OLD-99999'); await inputOf(page, 'identity').fill('440783199001011230'); await touch(byId(page, 'claim-submit')); await byId(page, 'claim-failure').waitFor() }
      }
    ],
    lookup: [
      { name: 'default', url: paths.lookup() },
      {
        name: 'found',
        url: paths.lookup(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'filingNumber').fill(f.approvedNumber); await touch(byId(page, 'lookup-search')); await byId(page, 'lookup-result').waitFor() }
      },
      {
        name: 'cancelled',
        url: paths.lookup(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'filingNumber').fill(f.cancelledNumber); await touch(byId(page, 'lookup-search')); await byId(page, 'lookup-result').waitFor() }
      },
      {
        name: 'invalid',
        url: paths.lookup(),
        roles: applicantOnly,
        act: async (page) => { await inputOf(page, 'filingNumber').fill('abc'); await touch(byId(page, 'lookup-search')); await page.locator('.field-error >> visible=true').first().waitFor() }
      }
    ],
    svHome: [
      { name: 'default', url: paths.svHome(), roles: staff },
      { name: 'offline', url: paths.svHome(), roles: ['reviewer'], offline: true },
      { name: 'not-staff', url: paths.svHome(), roles: applicantOnly }
    ],
    svReports: [
      { name: 'open', url: paths.svReports(), roles: staff },
      { name: 'closed-empty', url: paths.svReports(), roles: ['reviewer'], act: async (page) => { await touch(byId(page, 'tab-closed')); await byId(page, 'list-empty').waitFor() } },
      { name: 'offline', url: paths.svReports(), roles: ['reviewer'], offline: true }
    ],
    svReport: [
      { name: 'open', url: paths.svReport(f.supervision.reportId), roles: staff },
      { name: 'not-found', url: paths.svReport('no-such-report'), roles: ['reviewer'] }
    ],
    svLeads: [
      { name: 'open', url: paths.svLeads(), roles: staff },
      { name: 'filed-empty', url: paths.svLeads(), roles: ['reviewer'], act: async (page) => { await touch(byId(page, 'tab-filed')); await byId(page, 'list-empty').waitFor() } }
    ],
    svLead: [
      { name: 'open', url: paths.svLead(f.supervision.leadId), roles: staff }
    ],
    svLeadNew: [
      { name: 'sweep', url: paths.svLeadNew(), roles: staff },
      { name: 'list', url: paths.svLeadNew(), roles: ['reviewer'], act: async (page) => { await touch(byId(page, 'tab-list')); await byId(page, 'lead-import').waitFor() } }
    ],
    svCases: [
      { name: 'open', url: paths.svCases(), roles: staff },
      { name: 'closed-empty', url: paths.svCases(), roles: ['reviewer'], act: async (page) => { await touch(byId(page, 'tab-closed')); await byId(page, 'list-empty').waitFor() } }
    ],
    svCase: [
      { name: 'open', url: paths.svCase({ id: f.supervision.caseId }), roles: staff },
      { name: 'new', url: paths.svCase({ filing: f.staffSees.approved }), roles: ['reviewer'] }
    ],
    svStep: [
      { name: 'summon', url: paths.svStep(f.supervision.caseId, 'summon'), roles: staff },
      { name: 'close', url: paths.svStep(f.supervision.caseId, 'close'), roles: ['reviewer'] }
    ],
    adminCancel: [
      { name: 'approved', url: paths.adminCancel(f.staffSees.approved), roles: ['admin'] },
      { name: 'not-staff', url: paths.adminCancel(f.staffSees.approved), roles: applicantOnly }
    ],
    publicNotices: [
      { name: 'default', url: paths.publicNotices() }
    ],
    report: [
      { name: 'default', url: paths.report() },
      {
        name: 'errors',
        url: paths.report(),
        roles: applicantOnly,
        act: async (page) => { await touch(byId(page, 'report-submit')); await page.locator('.field-error >> visible=true').first().waitFor() }
      }
    ]
  }
}

/** Every page key's states: its own list, or its plain URL (a page added later). */
export function statesOf (key: PageKey, f: Fixture): PageState[] {
  return pageStates(f)[key] ?? [{ name: 'default', url: pageUrl(key) }]
}
