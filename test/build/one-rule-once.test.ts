/**
 * No domain rule written twice: status lists, platform lookups and account-name rules live in
 * src/core once; the backend, the local server and the mini-program ask core. A search of the
 * code (comments stripped) finds no second copy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : []
  })
}

const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')

const STATUS = "'(?:draft|submitted|returned|approved|rejected|withdrawn|amending|cancelled)'"
/** Two or more status names in one array literal: a status set. */
const STATUS_LIST = new RegExp(`\\[\\s*${STATUS}\\s*,\\s*${STATUS}`)
/** A second way to turn a platform code into its name, or to name an account. */
const PLATFORM_LOOKUP = /platforms\.find\(/
const ACCOUNT_NAME_RULE = /kind === 'self_media' \? [a-z]+\.accountName : [a-z]+\.name/

/** Where the one copy lives (and seed data, which picks statuses to generate, not rules). */
const HOME = [path.join('src', 'core'), path.join('backend', 'seed')]

const scanned = ['src', 'backend', 'local', 'cloudfunctions']
  .flatMap((d) => files(path.join(ROOT, d)))
  .filter((f) => !HOME.some((h) => path.relative(ROOT, f).startsWith(h)))

describe('one rule, once', () => {
  test.each([
    ['a status list', STATUS_LIST],
    ['a platform lookup by code', PLATFORM_LOOKUP],
    ['an account display-name rule', ACCOUNT_NAME_RULE]
  ])('when the code outside src/core is searched for %s, then none is found', (_label, pattern) => {
    const hits = scanned.filter((f) => pattern.test(code(f))).map((f) => path.relative(ROOT, f))
    expect(hits).toEqual([])
  })

  test('when src/core is searched, then each status set is defined exactly once', () => {
    const core = files(path.join(ROOT, 'src', 'core')).map(code).join('\n')
    for (const name of ['LIVE_STATUSES', 'AWAITING_REVIEW_STATUSES', 'EDITABLE_STATUSES', 'STAFF_VISIBLE_STATUSES', 'CLOSED_UNAPPROVED_STATUSES', 'FILED_STANDING_STATUSES']) {
      expect(core.match(new RegExp(`export const ${name}\\b`, 'g'))).toHaveLength(1)
    }
  })
})
