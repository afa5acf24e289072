#!/usr/bin/env node
// WeChat's code-quality checks (the DevTools 代码质量 panel) run offline by miniprogram-ci on the
// repository as DevTools opens it (project.config.json at the root, the weapp build in dist/weapp).
// Prints one JSON array of { name, success, text } and exits (the module leaves a file watcher
// running, so it always runs in its own process). Exit 1 when a check fails.
// No network: these checks never contact WeChat; the key is a throwaway one unless one is given.
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

export async function checkCodeQuality ({ appid = 'wx0000000000000000', privateKeyPath } = {}) {
  const ci = require('miniprogram-ci')
  const dir = mkdtempSync(path.join(tmpdir(), 'code-quality-'))
  try {
    let key = privateKeyPath
    if (!key) {
      key = path.join(dir, 'throwaway.key')
      writeFileSync(key, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }))
    }
    const project = new ci.Project({ appid, type: 'miniProgram', projectPath: root, privateKeyPath: key, ignores: ['node_modules/**/*'] })
    const checks = await ci.checkCodeQuality(project)
    return checks.map((c) => ({ name: c.name, success: c.success, text: c.text }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  checkCodeQuality().then((checks) => {
    process.stdout.write(JSON.stringify(checks) + '\n')
    process.exit(checks.every((c) => c.success) ? 0 : 1)
  }, (e) => { console.error(e?.message ?? e); process.exit(2) })
}
