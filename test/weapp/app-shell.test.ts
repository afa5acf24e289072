/** The built app.json: tab pages in the main package, heavy parts in subpackages, no dead links. */
import path from 'node:path'
import { existsSync, readFileSync } from 'node:fs'
import { FILING_DETAIL_PAGE } from '../../src/core/routes'
import { DIST } from './harness'

const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as { pages: string[], subPackages: Array<{ root: string, pages: string[] }> }
const allPages = [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

describe('the weapp app shell', () => {
  test('when the weapp build is inspected, then 首页, 我的备案 and 审核 are main-package pages and the wizard and staff review are subpackages', () => {
    expect(app.pages).toEqual(['pages/home/index', 'pages/filings/index', 'pages/review/index'])
    expect(app.subPackages.map((s) => s.root)).toEqual(expect.arrayContaining(['packages/wizard', 'packages/admin']))
  })

  test('when a subscription message links to the filing detail, then that page exists in the build', () => {
    expect(allPages).toContain(FILING_DETAIL_PAGE)
    expect(existsSync(path.join(DIST, `${FILING_DETAIL_PAGE}.js`))).toBe(true)
  })

  test('when every page listed in app.json is looked up, then its js, json and wxml exist', () => {
    for (const p of allPages) for (const ext of ['js', 'json', 'wxml']) expect([p, ext, existsSync(path.join(DIST, `${p}.${ext}`))]).toEqual([p, ext, true])
  })
})
