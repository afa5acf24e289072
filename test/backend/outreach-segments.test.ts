/**
 * Segment selection against the database: for each audience, the operators an event invites
 * (through main) are exactly those an SQL query of its own over the SQLite file selects — owners
 * of filed filings with an account matching platform, category and follower band together, in the
 * chosen towns and subject types, plus the 建议备案 self-checks that opted in.
 */
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { applicant, approved, staff } from './support/flows'
import { individualDraft, selfMedia } from './support/factories'
import { makeEnv, type TestEnv } from './support/env'
import { createActivity } from './support/outreach'

let env: TestEnv
beforeAll(async () => {
  env = await makeEnv()
  // owner: 抖音 美食 12000 in 三埠. other: 快手 教育 3000 in 月山. admin: 抖音 旅游 200000 and a website, in 三埠.
  await approved(env, 'owner', { accounts: [selfMedia({ accountName: '开平美食探店', followers: 12000, category: '美食' })] })
  await approved(env, 'other', { subject: { ...individualDraft().subject, town: '440783100' }, accounts: [selfMedia({ platform: 'kuaishou', accountName: '月山课堂', followers: 3000, category: '教育' })] })
  await approved(env, 'admin', {
    accounts: [selfMedia({ accountName: '碉楼游记', followers: 200_000, category: '旅游' }), { kind: 'website', id: 'w1', name: '开平旅游网', domain: 'kptour.cn', icpNumber: '粤ICP备12345678号' } as never]
  })
  // reviewer2: a 建议备案 self-check (抖音, 1200 followers) in 长沙 that opted in; a withdrawn filing does not count.
  await env.ok(applicant, 'outreach-optin', {
    optedIn: true,
    answers: { registeredInCity: true, operatorLivesInCity: true, platform: 'douyin', followers: 1200, publishesLocalNews: false, contentMostlyLocal: true, previouslyFiledAndChanged: false },
    town: '440783002',
    category: '本地生活'
  }, 'reviewer2')
})
afterAll(() => env.dispose())

interface Seg { standings: string[]; towns?: string[]; platforms?: string[]; categories?: string[]; followerBands?: string[]; subjectTypes?: string[] }

/** The oracle: plain SQL over the stored documents. */
function fromSql(s: Seg): string[] {
  const db = new Database(join(env.dir, 'filing.sqlite'), { readonly: true })
  try {
    const band = (col: string) => `CASE WHEN ${col} < 5000 THEN 'lt5k' WHEN ${col} < 100000 THEN '5k-100k' WHEN ${col} < 1000000 THEN '100k-1m' ELSE 'ge1m' END`
    const inList = (expr: string, values?: string[]) => (values?.length ? ` AND ${expr} IN (${values.map((v) => `'${v}'`).join(',')})` : '')
    const accountConds = (a: string) =>
      inList(`COALESCE(json_extract(${a}, '$.platform'), json_extract(${a}, '$.kind'))`, s.platforms) + inList(`json_extract(${a}, '$.category')`, s.categories) + inList(band(`json_extract(${a}, '$.followers')`), s.followerBands)
    const out = new Set<string>()
    if (s.standings.includes('filed')) {
      const sql = `SELECT DISTINCT f.owner AS o FROM filings f, json_each(json_extract(f.doc, '$.approved.content.accounts')) a WHERE f.status IN ('approved','amending')` +
        inList(`json_extract(f.doc, '$.approved.index.town')`, s.towns) + inList(`json_extract(f.doc, '$.approved.index.subjectType')`, s.subjectTypes) + accountConds('a.value')
      for (const r of db.prepare(sql).all() as Array<{ o: string }>) out.add(r.o)
    }
    if (s.standings.includes('suggested')) {
      const sql = `SELECT DISTINCT json_extract(c.doc, '$.openid') AS o FROM outreach_contacts c, json_each(json_extract(c.doc, '$.accounts')) a WHERE c.opted_in = 1` +
        inList(`json_extract(c.doc, '$.town')`, s.towns) + inList(`json_extract(c.doc, '$.subjectType')`, s.subjectTypes) + accountConds('a.value')
      for (const r of db.prepare(sql).all() as Array<{ o: string }>) if (!out.has(r.o)) out.add(r.o)
    }
    return [...out].sort()
  } finally {
    db.close()
  }
}

const SEGMENTS: Array<[string, Seg]> = [
  ['every filed operator', { standings: ['filed'] }],
  ['抖音 accounts in 三埠', { standings: ['filed'], platforms: ['douyin'], towns: ['440783001'] }],
  ['抖音 or 快手 accounts anywhere', { standings: ['filed'], platforms: ['douyin', 'kuaishou'] }],
  ['websites', { standings: ['filed'], platforms: ['website'] }],
  ['accounts under 5000 followers, filed or opted in', { standings: ['filed', 'suggested'], followerBands: ['lt5k'] }],
  ['抖音 accounts of 10万 to 100万 about 旅游', { standings: ['filed'], platforms: ['douyin'], followerBands: ['100k-1m'], categories: ['旅游'] }],
  ['美食 accounts with 10万 to 100万 followers (criteria on one account: nobody)', { standings: ['filed'], categories: ['美食'], followerBands: ['100k-1m'] }],
  ['individuals in 月山 or 长沙, filed or opted in', { standings: ['filed', 'suggested'], towns: ['440783100', '440783002'], subjectTypes: ['individual'] }],
  ['opted-in self-checks only', { standings: ['suggested'] }],
  ['companies', { standings: ['filed'], subjectTypes: ['company'] }]
]

describe('segment selection matches the database', () => {
  it.each(SEGMENTS)('when an event is for %s, then exactly the operators the database holds for it are invited', async (_name, seg) => {
    const expected = fromSql(seg)
    const preview = await env.ok<{ total: number }>(staff, 'audience-preview', { audience: seg }, 'reviewer')
    const out = await createActivity(env, { title: `活动${_name}`.slice(0, 40), audience: seg })
    const invited = (await env.rt.store.participations.listByActivity(out.activity.id, 100)).map((p) => p.openid).sort()
    expect(invited).toEqual(expected)
    expect(preview.total).toBe(expected.length)
    expect(out.audience.total).toBe(expected.length)
  })

  it('when the segments are looked at together, then they are not all trivially the same set', () => {
    expect(fromSql({ standings: ['filed'] })).toHaveLength(3)
    const sizes = new Set(SEGMENTS.map(([, s]) => fromSql(s).length))
    expect(sizes.size).toBeGreaterThanOrEqual(3)
  })
})
