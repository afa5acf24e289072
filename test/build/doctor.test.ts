/**
 * `npm run doctor` on a deliberately broken configuration names every problem (Chinese, English and
 * the fix) and fails; on a complete one it passes. Offline: no credentials, no network.
 */
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadDeployConfig } from '../../scripts/deploy/config'
import { DOCTOR_CHECKS, formatReport, runDoctor, type Finding } from '../../scripts/deploy/doctor'

const ROOT = path.resolve(__dirname, '..', '..')

function workspace(configFile: string, projectAppid: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-'))
  for (const p of ['package.json', 'cloudfunctions']) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true })
  const project = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'))
  writeFileSync(path.join(dir, 'project.config.json'), JSON.stringify({ ...project, appid: projectAppid }))
  cpSync(configFile, path.join(dir, 'deploy.config.json'))
  return dir
}

const problems = (fs: Finding[]) => fs.filter((f) => f.level === 'problem')

describe('npm run doctor', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  test('when the configuration is complete and the secrets are set, then every check passes with nothing to report', () => {
    const dir = workspace(path.join(ROOT, 'deploy.config.example.json'), '')
    dirs.push(dir)
    const key = path.join(dir, 'upload.key')
    writeFileSync(key, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }))
    const env = { TCB_SECRET_ID: 'AKID', TCB_SECRET_KEY: 'k', WECHAT_APP_SECRET: 's', MINIPROGRAM_UPLOAD_KEY_PATH: key, FILING_CRYPTO_KEY: 'ab'.repeat(32), SMS_TEMPLATE_ID: '1234567' }
    const report = runDoctor(dir, loadDeployConfig(dir), env, 'v20.11.0')
    expect(report.findings).toEqual([])
    expect(report.checks).toEqual(DOCTOR_CHECKS.map((c) => c.name))
    expect(formatReport(report)).toContain('✓ 通过')
  })

  test('when the configuration is broken in every way, then each problem is named with its fix in Chinese and English', () => {
    const dir = workspace(path.join(__dirname, 'fixtures', 'deploy.config.broken.json'), 'touristappid')
    dirs.push(dir)
    // Two triggers and a six-field cron on the system function.
    writeFileSync(path.join(dir, 'cloudfunctions', 'system', 'config.json'), JSON.stringify({
      triggers: [{ name: 'a', type: 'timer', config: '0 */5 * * * *' }, { name: 'b', type: 'timer', config: '0 */5 * * * * *' }],
      permissions: { openapi: ['subscribeMessage.send'] }
    }))
    writeFileSync(path.join(dir, 'not-a-key.txt'), 'hello')
    const env = { FILING_CRYPTO_KEY: 'short', MINIPROGRAM_UPLOAD_KEY_PATH: path.join(dir, 'not-a-key.txt'), OCR_PROVIDER: 'baidu' }
    const report = runDoctor(dir, loadDeployConfig(dir), env, 'v16.20.0')
    const text = formatReport(report)
    const found = problems(report.findings)

    const expectProblem = (check: string, zh: RegExp, en: RegExp) => {
      const hit = found.find((f) => f.check === check && zh.test(f.zh) && en.test(f.en))
      expect({ check, zh: String(zh), hit: Boolean(hit) }).toEqual({ check, zh: String(zh), hit: true })
      expect(hit!.fixZh.length).toBeGreaterThan(4)
      expect(hit!.fixEn.length).toBeGreaterThan(4)
    }
    expectProblem('appid', /游客 AppID/, /tourist AppID/)
    expectProblem('appid', /project\.config\.json 的 appid/, /project\.config\.json has appid "touristappid"/)
    expectProblem('envId', /不是云开发环境 ID/, /not a CloudBase environment id/)
    expectProblem('region', /不是云开发的地域/, /not a CloudBase region/)
    expectProblem('admins', /“oAbC, oDeF” 不像 openid/, /does not look like an openid/)
    expectProblem('admins', /重复/, /listed twice/)
    expectProblem('subscribe', /reviewResult\.id/, /template id/)
    expectProblem('subscribe', /keys\.time（审核时间）的字段类型应为 time 或 date，而不是 phrase/, /must be of type time or date, not phrase/)
    expectProblem('subscribe', /keys\.result 指向 thing9，但所选模板没有这个字段.*47003/, /thing9.*47003/)
    expectProblem('subscribe', /keys\.remark 指向 thing4/, /thing4/)
    expectProblem('FILING_CRYPTO_KEY', /不是 32 字节/, /not 32 bytes/)
    expectProblem('variables', /ADMIN_OPENIDS 解析后与 admins 不一致/, /ADMIN_OPENIDS does not parse back/)
    expectProblem('triggers', /2 个触发器/, /2 triggers/)
    expectProblem('triggers', /7 段的定时表达式/, /7-field timer cron/)
    expectProblem('node', /Node v16\.20\.0/, /local Node v16\.20\.0/)
    expectProblem('upload', /不是小程序代码上传密钥文件/, /not a code-upload key file/)
    expectProblem('upload', /upload\.version “v1”/, /must be x\.y\.z/)
    expectProblem('trust', /OCR_PROVIDER 只能是 wechat \/ tencent/, /must be one of them/)
    // Warnings are reported but are not problems.
    const warnings = report.findings.filter((f) => f.level === 'warning').map((f) => f.en).join('\n')
    expect(warnings).toMatch(/development build/)
    expect(warnings).toMatch(/long-term subscription/)
    expect(warnings).toMatch(/thing7 \(温馨提示\) gets no data/)
    // OCR / SMS (issue 13): what the chosen providers need is named.
    expect(warnings).toMatch(/SMS_TEMPLATE_ID is not set/)
    expect(text).toMatch(/✗ \d+ 个问题需要修复/)
    expect(text).toContain('修复 / Fix:')
  })

  test('when the configuration file is missing or not JSON or has a mistyped field, then the doctor says which and how to fix it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doctor-empty-'))
    dirs.push(dir)
    expect(runDoctor(dir, loadDeployConfig(dir), {}).findings.map((f) => f.en)).toEqual([expect.stringMatching(/no deploy configuration deploy\.config\.json: copy deploy\.config\.example\.json/)])
    writeFileSync(path.join(dir, 'deploy.config.json'), '{ "appid": ')
    expect(runDoctor(dir, loadDeployConfig(dir), {}).findings[0].zh).toMatch(/不是合法的 JSON/)
    const example = JSON.parse(readFileSync(path.join(ROOT, 'deploy.config.example.json'), 'utf8'))
    writeFileSync(path.join(dir, 'deploy.config.json'), JSON.stringify({ ...example, admin: ['x'], miniprogramState: 'release' }))
    const zh = runDoctor(dir, loadDeployConfig(dir), {}).findings.map((f) => f.zh).join('\n')
    expect(zh).toMatch(/miniprogramState：应为 developer \/ trial \/ formal 之一/)
    expect(zh).toMatch(/不认识的字段 admin/)
  })
})
