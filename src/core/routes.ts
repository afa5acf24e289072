/**
 * The route table: every page of the mini-program once, with the package it lives in, and every
 * link to it built here with its query values encoded. `src/app.config.ts` derives `pages` and
 * `subPackages` from it, the mini-program navigates only with `paths.*`, and the backend's
 * notification links use `pagePath` — so a page moves in one line, and ESLint refuses a page path
 * written anywhere else. Pure data and string building: both sides import it.
 */

/** Where each page lives: `root` null = main package (tab pages only: keep it small). */
export const PAGES = {
  home: { root: null, page: 'pages/home/index' },
  filings: { root: null, page: 'pages/filings/index' },
  review: { root: null, page: 'pages/review/index' },
  adminQueue: { root: 'packages/admin', page: 'pages/queue/index' },
  adminDetail: { root: 'packages/admin', page: 'pages/detail/index' },
  adminStats: { root: 'packages/admin', page: 'pages/stats/index' },
  adminStaff: { root: 'packages/admin', page: 'pages/staff/index' },
  adminRedeem: { root: 'packages/admin', page: 'pages/redeem/index' },
  adminCancel: { root: 'packages/admin', page: 'pages/cancel/index' },
  adminEntry: { root: 'packages/admin', page: 'pages/entry/index' },
  adminImport: { root: 'packages/admin', page: 'pages/import/index' },
  svHome: { root: 'packages/supervision', page: 'pages/home/index' },
  svReports: { root: 'packages/supervision', page: 'pages/reports/index' },
  svReport: { root: 'packages/supervision', page: 'pages/report/index' },
  svLeads: { root: 'packages/supervision', page: 'pages/leads/index' },
  svLead: { root: 'packages/supervision', page: 'pages/lead/index' },
  svLeadNew: { root: 'packages/supervision', page: 'pages/lead-new/index' },
  svCases: { root: 'packages/supervision', page: 'pages/cases/index' },
  svCase: { root: 'packages/supervision', page: 'pages/case/index' },
  svStep: { root: 'packages/supervision', page: 'pages/step/index' },
  svAwards: { root: 'packages/supervision', page: 'pages/awards/index' },
  adminScan: { root: 'packages/admin', page: 'pages/scan/index' },
  wizard: { root: 'packages/wizard', page: 'pages/start/index' },
  selfCheck: { root: 'packages/wizard', page: 'pages/selfcheck/index' },
  camera: { root: 'packages/capture', page: 'pages/camera/index' },
  filingDetail: { root: 'packages/filing', page: 'pages/detail/index' },
  proof: { root: 'packages/filing', page: 'pages/proof/index' },
  operatorCase: { root: 'packages/filing', page: 'pages/case/index' },
  upkeep: { root: 'packages/filing', page: 'pages/upkeep/index' },
  notice: { root: 'packages/filing', page: 'pages/notice/index' },
  claim: { root: 'packages/filing', page: 'pages/claim/index' },
  orgManagers: { root: 'packages/org', page: 'pages/managers/index' },
  orgJoin: { root: 'packages/org', page: 'pages/join/index' },
  orgBulk: { root: 'packages/org', page: 'pages/bulk/index' },
  orgAgency: { root: 'packages/org', page: 'pages/agency/index' },
  orgProfiles: { root: 'packages/org', page: 'pages/profiles/index' },
  lookup: { root: 'packages/public', page: 'pages/lookup/index' },
  report: { root: 'packages/public', page: 'pages/report/index' },
  receipt: { root: 'packages/public', page: 'pages/receipt/index' },
  publicNotices: { root: 'packages/public', page: 'pages/notices/index' },
  // 活动与培训 and 年度核验: the operator's side, then the staff's
  opActivities: { root: 'packages/outreach', page: 'pages/activities/index' },
  opActivity: { root: 'packages/outreach', page: 'pages/activity/index' },
  opReverify: { root: 'packages/outreach', page: 'pages/reverify/index' },
  evActivities: { root: 'packages/outreach-staff', page: 'pages/activities/index' },
  evEditor: { root: 'packages/outreach-staff', page: 'pages/editor/index' },
  evActivity: { root: 'packages/outreach-staff', page: 'pages/activity/index' },
  evRounds: { root: 'packages/outreach-staff', page: 'pages/rounds/index' },
  evRound: { root: 'packages/outreach-staff', page: 'pages/round/index' }
} as const satisfies Record<string, { root: string | null, page: string }>

export type PageKey = keyof typeof PAGES

/** The page's path from the app root, without a leading slash (app.json, subscription-message `page`). */
export function pagePath (key: PageKey): string {
  const p: { root: string | null, page: string } = PAGES[key]
  return p.root === null ? p.page : `${p.root}/${p.page}`
}

type Query = Record<string, string | number | boolean | undefined>

/** A navigable URL: '/' + path, then each defined query value encoded. */
export function pageUrl (key: PageKey, query: Query = {}): string {
  const q = Object.entries(query)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return `/${pagePath(key)}${q.length > 0 ? `?${q.join('&')}` : ''}`
}

/** `pages` and `subPackages` of app.config, in the table's order (the first page opens the app). */
export function appPages (): { pages: string[], subPackages: Array<{ root: string, pages: string[] }> } {
  const pages: string[] = []
  const subPackages: Array<{ root: string, pages: string[] }> = []
  for (const key of Object.keys(PAGES) as PageKey[]) {
    const p: { root: string | null, page: string } = PAGES[key]
    if (p.root === null) { pages.push(p.page); continue }
    const sub = subPackages.find((s) => s.root === p.root)
    if (sub) sub.pages.push(p.page)
    else subPackages.push({ root: p.root, pages: [p.page] })
  }
  return { pages, subPackages }
}

export type WizardMode = 'new' | 'correct' | 'amend'

/** Every link of the app, typed by what each page reads from its query. */
export const paths = {
  home: () => pageUrl('home'),
  filings: () => pageUrl('filings'),
  review: () => pageUrl('review'),
  /** The staff queue, optionally on a tab ('todo' …) or narrowed to overdue filings. */
  adminQueue: (q: { tab?: string, overdue?: boolean } = {}) => pageUrl('adminQueue', { tab: q.tab, overdue: q.overdue === true ? '1' : undefined }),
  adminDetail: (id: string) => pageUrl('adminDetail', { id }),
  adminStats: () => pageUrl('adminStats'),
  adminStaff: () => pageUrl('adminStaff'),
  adminRedeem: () => pageUrl('adminRedeem'),
  /** Staff check a 备案证明 an operator shows (scan its QR code). */
  adminScan: () => pageUrl('adminScan'),
  /**
   * The wizard: a draft to continue, a returned filing to correct or an approved one to amend.
   * Without an id it continues the unfinished draft if there is one; `fresh` starts a new one anyway.
   */
  wizard: (q: { id?: string, mode?: WizardMode, resume?: boolean, fresh?: boolean } = {}) =>
    pageUrl('wizard', {
      id: q.id !== undefined && q.id !== 'new' ? q.id : undefined,
      mode: q.mode !== undefined && q.mode !== 'new' ? q.mode : undefined,
      resume: q.resume === true ? '1' : undefined,
      fresh: q.fresh === true ? '1' : undefined
    }),
  selfCheck: () => pageUrl('selfCheck'),
  /** The camera, for one document kind; `req` ties the photo back to the slot that asked. */
  camera: (q: { kind: string, req: string }) => pageUrl('camera', { kind: q.kind, req: q.req }),
  /** 备案维护: a change to file in time, the directory consent, a 建议备案 account's followers. */
  upkeep: () => pageUrl('upkeep'),
  filingDetail: (id: string) => pageUrl('filingDetail', { id }),
  /** 认领原备案; staff may hand out a link with the claim code filled in. */
  claim: (q: { code?: string } = {}) => pageUrl('claim', q),
  /**
   * 备案证明: the owner's (by id), or anyone's check of a certificate code (a shared card, a scanned
   * QR code). The page shows only what the register says; a link never carries the details.
   */
  /** Organisations: a filing's managers, joining one with a code, many accounts from a spreadsheet. */
  orgManagers: (id: string) => pageUrl('orgManagers', { id }),
  orgJoin: () => pageUrl('orgJoin'),
  orgBulk: (id: string) => pageUrl('orgBulk', { id }),
  /** 确认委托: the principal of an agency filing answers with the agent's code (optionally filled in). */
  orgAgency: (q: { code?: string } = {}) => pageUrl('orgAgency', q),
  /** 常用主体; `save`: a filing whose subject is saved first (its 保存为常用主体). */
  orgProfiles: (q: { save?: string } = {}) => pageUrl('orgProfiles', { save: q.save }),
  proof: (q: { id: string } | { code: string }) => ('id' in q ? pageUrl('proof', { id: q.id }) : pageUrl('proof', { c: q.code })),
  lookup: () => pageUrl('lookup'),
  /** 举报, optionally for an account a lookup did not find. */
  report: (q: { platform?: string, accountName?: string } = {}) => pageUrl('report', { platform: q.platform, accountName: q.accountName }),
  /** 举报办理进度, optionally opened on one receipt number (the report-closed message does). */
  receipt: (n?: string) => pageUrl('receipt', { n }),
  publicNotices: () => pageUrl('publicNotices'),
  /** 注销 by the office (admin). */
  adminCancel: (id: string) => pageUrl('adminCancel', { id }),
  /** 代录入: staff type in a filing that arrived by e-mail, post or over the counter. */
  adminEntry: () => pageUrl('adminEntry'),
  /** 导入旧台账 (admin). */
  adminImport: () => pageUrl('adminImport'),
  // 监管 (staff)
  svHome: () => pageUrl('svHome'),
  svReports: () => pageUrl('svReports'),
  svReport: (id: string) => pageUrl('svReport', { id }),
  /** 评优: the 评优 events, or one event's candidates. */
  svAwards: (q: { id?: string } = {}) => pageUrl('svAwards', { id: q.id }),
  svLeads: () => pageUrl('svLeads'),
  svLead: (id: string) => pageUrl('svLead', { id }),
  svLeadNew: () => pageUrl('svLeadNew'),
  svCases: () => pageUrl('svCases'),
  /** A case file, or (with `filing`) the form that opens one for a filing. */
  svCase: (q: { id: string } | { filing: string }) => ('id' in q ? pageUrl('svCase', { id: q.id }) : pageUrl('svCase', { filing: q.filing })),
  svStep: (id: string, type: string) => pageUrl('svStep', { id, type }),
  // The operator's side (我的备案)
  operatorCase: (id: string) => pageUrl('operatorCase', { id }),
  /** A generated notice as an image; staff open it too (`asStaff`). */
  notice: (q: { caseId: string, stepId: string, asStaff?: boolean }) => pageUrl('notice', { case: q.caseId, step: q.stepId, as: q.asStaff === true ? 'staff' : undefined }),
  // 活动与培训 and 年度核验
  opActivities: () => pageUrl('opActivities'),
  opActivity: (id: string) => pageUrl('opActivity', { id }),
  /** The 年度核验 answer of one entry (or, without one, the operator's open entries). */
  opReverify: (entryId?: string) => pageUrl('opReverify', { entry: entryId }),
  evActivities: () => pageUrl('evActivities'),
  /** A new event, or (with an id) the change of a published one. */
  evEditor: (id?: string) => pageUrl('evEditor', { id }),
  evActivity: (id: string) => pageUrl('evActivity', { id }),
  evRounds: () => pageUrl('evRounds'),
  evRound: (id: string) => pageUrl('evRound', { id })
} as const

/** Where a status alert opens: the filing's detail page (a path without a leading slash, as WeChat wants). */
export const FILING_DETAIL_PAGE = pagePath('filingDetail')
/** Where the "report handled" message and a supervision notice open. */
export const RECEIPT_PAGE = pagePath('receipt')
export const OPERATOR_CASE_PAGE = pagePath('operatorCase')
