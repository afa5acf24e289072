/**
 * Full-data exports are never left behind (issue 9 §4): delivered through a short-lived link only
 * to the admin who made them, deleted once delivered (one-time link, or export-done after the
 * weapp download) and by the purge within `retention.exportMinutes` (≤ 24 h); masked exports
 * likewise. The audit entry outlives the file. Local files are private to the server (0600).
 */
import { readdirSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { main as staff } from '../../cloudfunctions/staff/index'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { kaipingConfig } from '../../backend/core'
import { approved } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
  await approved(env)
})
afterEach(() => env.dispose())

interface Exported { exportId: string; fileId: string; url: string; deleteBy: string; expiresInSeconds: number }
const exportAs = (who: 'admin' | 'reviewer', full: boolean) => env.ok<Exported>(staff, 'export', { status: ['approved'], full }, who)
const fetchLink = (url: string) => env.rt.localFiles.readSigned(url.slice('/files/'.length))
const exportFiles = () => {
  const dir = join(env.dir, 'files', 'exports')
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.xlsx')) : []
}
const tick = () => env.ok<{ purge: { files: Record<string, number> } }>(systemFn, 'tick', {}, 'admin')

it('when an admin exports full data, then the file on disk is readable by the server only (0600 in a 0700 folder)', async () => {
  const out = await exportAs('admin', true)
  const file = join(env.dir, 'files', env.rt.files.pathOf(out.fileId)!)
  expect(statSync(file).mode & 0o077).toBe(0)
  expect(statSync(join(file, '..')).mode & 0o077).toBe(0)
})

it('when the one-time link is fetched, then the file is delivered once and deleted; the audit entry stays', async () => {
  const out = await exportAs('admin', true)
  expect(out.expiresInSeconds).toBe(600)
  expect(Date.parse(out.deleteBy) - env.clock.now.getTime()).toBe(kaipingConfig.retention.exportMinutes * 60_000)
  expect((await fetchLink(out.url))?.bytes.length).toBeGreaterThan(0)
  expect(await fetchLink(out.url)).toBeNull()
  expect(exportFiles()).toEqual([])
  expect(await env.call(staff, 'export-link', { exportId: out.exportId }, 'admin')).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('重新导出') } })
  expect((await env.rt.store.audit.listByAction('export', 5))[0]).toMatchObject({ actorOpenid: OPENID.admin, detail: { full: true, exportId: out.exportId } })
})

it('when the mini-program confirms the download (export-done), then the file is deleted at once', async () => {
  const out = await exportAs('admin', true)
  expect(await env.ok(staff, 'export-done', { exportId: out.exportId }, 'admin')).toEqual({ deleted: true })
  expect(await env.rt.files.read(out.fileId)).toBeNull()
  expect(await env.rt.store.trackedFiles.get(out.exportId)).toBeNull()
})

it('when a reviewer asks for the link of an admin\'s full export, or to delete it, then it is forbidden and the file stays for the admin', async () => {
  const out = await exportAs('admin', true)
  expect(await env.call(staff, 'export-link', { exportId: out.exportId }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  expect(await env.call(staff, 'export-done', { exportId: out.exportId }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  const again = await env.ok<Exported>(staff, 'export-link', { exportId: out.exportId }, 'admin')
  expect((await fetchLink(again.url))?.bytes.length).toBeGreaterThan(0)
})

it('when a full export is made by an admin who is no longer an admin, then they cannot fetch it again', async () => {
  const out = await exportAs('admin', true)
  await env.rt.store.runUnit((tx) => tx.staff.put({ openid: OPENID.reviewer2, role: 'admin', name: '临时管理员', addedBy: OPENID.admin, addedAt: env.clock.now.toISOString() }))
  const mine = await env.ok<Exported>(staff, 'export', { status: ['approved'], full: true }, 'reviewer2')
  await env.rt.store.runUnit((tx) => tx.staff.put({ openid: OPENID.reviewer2, role: 'reviewer', name: '临时管理员', addedBy: OPENID.admin, addedAt: env.clock.now.toISOString() }))
  expect(await env.call(staff, 'export-link', { exportId: mine.exportId }, 'reviewer2')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  expect(out.exportId).not.toBe(mine.exportId)
})

it('when nobody fetches a full or a masked export, then the purge deletes both once their time is up, and not before', async () => {
  const full = await exportAs('admin', true)
  const masked = await exportAs('reviewer', false)
  expect(exportFiles()).toHaveLength(2)
  env.clock.set(new Date(env.clock.now.getTime() + (kaipingConfig.retention.exportMinutes - 1) * 60_000).toISOString())
  expect((await tick()).purge.files).toMatchObject({ exportsRemoved: 0 })
  env.clock.set(new Date(env.clock.now.getTime() + 2 * 60_000).toISOString())
  expect((await tick()).purge.files).toMatchObject({ exportsRemoved: 2 })
  expect(exportFiles()).toEqual([])
  expect(await env.rt.files.read(full.fileId)).toBeNull()
  expect(await env.rt.files.read(masked.fileId)).toBeNull()
  expect(await env.rt.store.audit.listByAction('export', 5)).toHaveLength(2)
})
