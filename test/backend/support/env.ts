/**
 * Test environment: a real SQLite file in a temp dir, a controllable clock, sequential ids,
 * and `call()` that goes through the same `main(event, context)` the cloud uses.
 * `TEST_STORE=cloudbase` swaps the store for the CloudBase store on the in-memory CloudBase
 * stand-in (support/fake-cloudbase-db.ts), so a suite's flows can be run under CloudBase's rules
 * (single-document transactions, read limits): `TEST_STORE=cloudbase npx jest test/backend/supervision-`
 * (tests that count rows straight from SQLite, like the dashboard's, then differ by design).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalRuntime, localSubscribeSettings, type LocalRuntime, type LocalRuntimeOptions } from '../../../backend/runtime/local'
import { setRuntime } from '../../../backend/runtime/current'
import { sequentialIds } from '../../../backend/adapters/node/system-node'
import type { ActionResult } from '../../../backend/errors'

export const OPENID = {
  owner: 'oOwner000000000000000000001',
  other: 'oOther000000000000000000002',
  reviewer: 'oReviewer0000000000000000003',
  reviewer2: 'oReviewer0000000000000000004',
  admin: 'oAdmin00000000000000000000005'
} as const

export type Who = keyof typeof OPENID | 'anonymous'

/** The test deployment's subscription templates (SUBSCRIBE_TEMPLATES as an operator would write it). */
export const TEMPLATE = { result: 'tmpl-result', fix: 'tmpl-fix', remind: 'tmpl-remind', report: 'tmpl-report', case: 'tmpl-case', activity: 'tmpl-activity' } as const
/** What a filing's submit asks consent for (core FILING_PROMPT_KINDS); the report tap and the case page ask for theirs. */
export const FILING_TEMPLATES: readonly string[] = [TEMPLATE.result, TEMPLATE.fix, TEMPLATE.remind]
export const TEST_SUBSCRIBE_TEMPLATES = JSON.stringify({
  reviewResult: { id: TEMPLATE.result, keys: { accountName: 'thing1', result: 'phrase2', time: 'time3', remark: 'thing4', filingNumber: 'character_string5' } },
  correctionNeeded: { id: TEMPLATE.fix, keys: { accountName: 'thing1', fields: 'thing2', deadline: 'date3', remark: 'thing4' } },
  deadlineReminder: { id: TEMPLATE.remind, keys: { accountName: 'thing1', deadline: 'date2', remark: 'thing3' } },
  reportClosed: { id: TEMPLATE.report, keys: { receiptNumber: 'character_string1', accountName: 'thing2', result: 'phrase3', time: 'time4', remark: 'thing5' } },
  caseNotice: { id: TEMPLATE.case, keys: { accountName: 'thing1', noticeType: 'thing2', deadline: 'time3', remark: 'thing4' } },
  activityInvite: { id: TEMPLATE.activity, keys: { title: 'thing1', time: 'time2', place: 'thing3', remark: 'thing4' } }
})

export type Main = (event: unknown, context: unknown) => Promise<ActionResult>

export interface TestEnv {
  rt: LocalRuntime
  dir: string
  clock: { now: Date; advanceDays(n: number): void; set(iso: string): void }
  call<T = unknown>(main: Main, action: string, input: unknown, who: Who): Promise<ActionResult<T>>
  /** What WeChat learns when `who` taps 允许 in a subscription prompt for these templates. */
  accept(who: Exclude<Who, 'anonymous'>, templateIds?: readonly string[]): string[]
  ok<T = Record<string, unknown>>(main: Main, action: string, input: unknown, who: Who): Promise<T>
  dispose(): void
}

export const START = '2024-03-04T02:00:00.000Z' // Monday 10:00 in Asia/Shanghai

export async function makeEnv(opts: Partial<LocalRuntimeOptions> = {}): Promise<TestEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'filing-test-'))
  const clock = {
    now: new Date(START),
    advanceDays(n: number) {
      this.now = new Date(this.now.getTime() + n * 86_400_000)
    },
    set(iso: string) {
      this.now = new Date(iso)
    }
  }
  let rt = createLocalRuntime({
    dataDir: dir,
    now: () => clock.now,
    seedDemo: false,
    ids: sequentialIds('f'),
    adminOpenids: [OPENID.admin],
    subscribe: localSubscribeSettings(TEST_SUBSCRIBE_TEMPLATES),
    ...opts
  })
  await rt.ready
  await rt.store.runUnit(async (tx) => {
    for (const [openid, name] of [
      [OPENID.reviewer, '审核员一'],
      [OPENID.reviewer2, '审核员二']
    ] as const) {
      await tx.staff.put({ openid, role: 'reviewer', name, addedBy: OPENID.admin, addedAt: START })
    }
  })
  if (process.env.TEST_STORE === 'cloudbase') {
    const { FakeCloudDb } = await import('./fake-cloudbase-db')
    const { createCloudbaseStore } = await import('../../../backend/adapters/cloudbase/store-cloudbase')
    const db = new FakeCloudDb()
    const store = createCloudbaseStore(() => db as never)
    for (const m of await rt.store.staff.list()) await store.runUnit((tx) => tx.staff.put(m))
    rt = { ...rt, store } as LocalRuntime
  }
  setRuntime(rt)
  const context = (who: Who) => ({ local: who === 'anonymous' ? {} : { openid: OPENID[who] } })
  const call = <T>(main: Main, action: string, input: unknown, who: Who) =>
    main({ action, input }, context(who)) as Promise<ActionResult<T>>
  return {
    rt,
    dir,
    clock,
    call,
    // By default the filing prompt's templates (what submit asks for); supervision taps name theirs.
    accept(who, templateIds = FILING_TEMPLATES) {
      for (const t of templateIds) rt.inbox.grant(OPENID[who], t)
      return [...templateIds]
    },
    async ok<T>(main: Main, action: string, input: unknown, who: Who): Promise<T> {
      const res = await call<T>(main, action, input, who)
      if (!res.ok) throw new Error(`${action} as ${who} failed: ${JSON.stringify(res.error)}`)
      return res.data
    },
    dispose() {
      rt.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
