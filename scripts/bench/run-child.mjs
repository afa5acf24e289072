// Runs a bench module in a child process under `node --import tsx` (so it can load the TypeScript
// backend), optionally through /usr/bin/time -v for an exact peak RSS; the child prints one JSON line.
import { spawn } from 'node:child_process'

export function runChild (root, script, args, { timeV }) {
  return new Promise((resolve, reject) => {
    const node = [process.execPath, '--import', 'tsx', script, ...args]
    const [cmd, argv] = timeV ? ['/usr/bin/time', ['-v', ...node]] : [node[0], node.slice(1)]
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => { out += d })
    child.stderr.on('data', (d) => { err += d })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench child ${args[0]} exited ${code}: ${err.split('\n').slice(-8).join(' ')}`))
      const line = out.trim().split('\n').pop() ?? '{}'
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err)
      resolve({ result: JSON.parse(line), maxRssKb: maxRss ? Number(maxRss[1]) : null })
    })
  })
}
