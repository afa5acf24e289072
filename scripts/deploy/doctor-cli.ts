/**
 * `npm run doctor [-- --config <file>]`: checks the deploy configuration (default
 * deploy.config.json) offline and exits non-zero on any problem. See ./doctor.ts.
 */
import path from 'node:path'
import { loadDeployConfig } from './config'
import { formatReport, runDoctor } from './doctor'

const root = path.resolve(__dirname, '..', '..')
const args = process.argv.slice(2)
const i = args.indexOf('--config')
const loaded = loadDeployConfig(root, { explicit: i >= 0 ? args[i + 1] : undefined })
const report = runDoctor(root, loaded, process.env)
console.log(formatReport(report))
process.exit(report.findings.some((f) => f.level === 'problem') ? 1 : 0)
