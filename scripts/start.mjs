#!/usr/bin/env node
// `npm start`: build the h5 app if its sources changed, then start the local server
// (cloud-function handlers over HTTP + SQLite in .data/ + files on disk + notification inbox).
import path from 'node:path'
import { spawn } from 'node:child_process'
import { buildTaro, root } from './lib/builds.mjs'

await buildTaro('h5')
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'local', 'main.ts')], { cwd: root, stdio: 'inherit', env: process.env })
const forward = (sig) => () => child.kill(sig)
process.on('SIGINT', forward('SIGINT'))
process.on('SIGTERM', forward('SIGTERM'))
child.on('exit', (code) => process.exit(code ?? 0))
