/**
 * The mini-program side of a deploy: the AppID in the project files WeChat DevTools opens, and the
 * upload of a version through WeChat's CI module (miniprogram-ci) when an upload key is configured.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Writes `appid` into project.config.json (and the weapp build's copy); returns the files changed. */
export function writeProjectAppid(root: string, appid: string): string[] {
  const changed: string[] = []
  for (const rel of ['project.config.json', path.join('dist', 'weapp', 'project.config.json')]) {
    const file = path.join(root, rel)
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    const cfg = JSON.parse(text) as Record<string, unknown>
    if (cfg.appid === appid) continue
    cfg.appid = appid
    writeFileSync(file, JSON.stringify(cfg, null, 2) + '\n')
    changed.push(rel)
  }
  return changed
}

export interface UploadOptions {
  root: string
  appid: string
  privateKeyPath: string
  version: string
  description: string
  robot: number
}

/** Uploads the repository's weapp build (dist/weapp, as project.config.json says) as a new version. */
export async function uploadMiniprogram(o: UploadOptions): Promise<void> {
  const ci = require('miniprogram-ci') as {
    Project: new (p: object) => unknown
    upload(p: { project: unknown; version: string; desc: string; robot: number; setting: object; onProgressUpdate?: (x: unknown) => void }): Promise<unknown>
  }
  const project = new ci.Project({ appid: o.appid, type: 'miniProgram', projectPath: o.root, privateKeyPath: o.privateKeyPath, ignores: ['node_modules/**/*'] })
  await ci.upload({
    project,
    version: o.version,
    desc: o.description,
    robot: o.robot,
    // The same settings the code-quality checks ask for (project.config.json carries them too).
    setting: { es6: false, minified: true, minifyWXML: true, minifyWXSS: true, autoPrefixWXSS: true },
    onProgressUpdate: () => undefined
  })
}
