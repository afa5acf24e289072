/** The route table (src/core/routes.ts): one place for every page path, every query value encoded. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { appPages, FILING_DETAIL_PAGE, PAGES, pagePath, paths, type PageKey } from '../../src/core/routes'
import { filingMessage } from '../../src/core/filing/messages'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'

const SRC = path.resolve(__dirname, '..', '..', 'src')
const query = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''))

describe('route table', () => {
  it.each(Object.keys(PAGES) as PageKey[])('when the table names page %s, then its route file exists in src', (key) => {
    expect(existsSync(path.join(SRC, `${pagePath(key)}.tsx`))).toBe(true)
  })

  it('when app.config asks for its pages, then the tab pages come first in the main package and every other page in its subpackage', () => {
    const { pages, subPackages } = appPages()
    expect(pages).toEqual(['pages/home/index', 'pages/filings/index', 'pages/review/index'])
    expect(subPackages.map((s) => s.root)).toEqual(['packages/admin', 'packages/supervision', 'packages/wizard', 'packages/capture', 'packages/filing', 'packages/org', 'packages/public', 'packages/outreach', 'packages/outreach-staff'])
    const all = [...pages, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
    expect(all.sort()).toEqual((Object.keys(PAGES) as PageKey[]).map(pagePath).sort())
  })

  it('when a link carries values with reserved characters, then each is encoded and reads back unchanged', () => {
    // A certificate link carries only its signed code (a number may hold anything the office's format allows).
    const code = 'lq8x3k.AbCdEfGhIjKlMnOpQrStUv.开网备 2024/000123&A=B?#'
    const url = paths.proof({ code })
    expect(url.startsWith('/packages/filing/pages/proof/index?')).toBe(true)
    expect(url).toContain(`c=${encodeURIComponent(code)}`)
    expect(query(url)).toEqual({ c: code })
    expect(query(paths.report({ platform: 'douyin', accountName: 'a&b=c' }))).toEqual({ platform: 'douyin', accountName: 'a&b=c' })
    expect(query(paths.camera({ kind: 'id_front', req: 'cap 1' }))).toEqual({ kind: 'id_front', req: 'cap 1' })
  })

  it('when a link has optional values left out, then no empty parameter is written', () => {
    expect(paths.wizard()).toBe('/packages/wizard/pages/start/index')
    expect(paths.wizard({ id: 'new', mode: 'new' })).toBe('/packages/wizard/pages/start/index')
    expect(paths.wizard({ id: 'f1', mode: 'amend', resume: true })).toBe('/packages/wizard/pages/start/index?id=f1&mode=amend&resume=1')
    expect(paths.adminQueue({ tab: 'todo', overdue: true })).toBe('/packages/admin/pages/queue/index?tab=todo&overdue=1')
    expect(paths.report()).toBe('/packages/public/pages/report/index')
  })

  it('when a status alert is built, then it opens the table\'s filing detail page with the id encoded', () => {
    expect(FILING_DETAIL_PAGE).toBe(pagePath('filingDetail'))
    const msg = filingMessage(
      { action: 'approve', from: 'submitted', to: 'approved', at: '2024-03-04T02:00:00.000Z', actorRole: 'reviewer', actorOpenid: 'o1', filingNumber: '开网备2024000001' },
      { id: 'f/1 2', ownerOpenid: 'o-owner', accountNames: ['开平美食'], filingNumber: '开网备2024000001' },
      kaipingConfig
    )
    expect(msg?.page).toBe(`${paths.filingDetail('f/1 2').slice(1)}`)
  })
})
