import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { JurisdictionConfigSchema, kaipingConfig, watermarkFor, type JurisdictionConfigInput } from '@/core'
import { shundeConfig } from './support/shunde'

const CORE = join(__dirname, '../../src/core')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** Code without comments, so rules apply to what runs, not to explanations. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
}

describe('kaipingConfig', () => {
  it('when loaded, then it carries the notice facts', () => {
    expect(kaipingConfig).toMatchObject({
      id: 'kaiping',
      cityName: '开平市',
      cityShortNames: ['开平'],
      province: '广东省',
      regionCodePrefix: '440783',
      campaign: { start: '2023-12-21', end: '2024-01-19' },
      newAccountDeadlineWorkingDays: 30,
      timezone: 'Asia/Shanghai',
      office: {
        name: '开平市互联网信息办公室',
        contactPerson: '林先生',
        email: '644636946@qq.com',
        phone: '0750-2268763',
        hours: [
          { weekdays: [1, 2, 3, 4, 5], from: '08:30', to: '12:00' },
          { weekdays: [1, 2, 3, 4, 5], from: '14:30', to: '17:30' }
        ]
      }
    })
    expect(kaipingConfig.towns.map((t) => t.name)).toEqual([
      '三埠街道', '长沙街道', '月山镇', '水口镇', '沙塘镇', '苍城镇', '龙胜镇', '大沙镇',
      '马冈镇', '塘口镇', '赤坎镇', '百合镇', '蚬冈镇', '金鸡镇', '赤水镇'
    ])
  })

  it('when listing platforms, then the five big ones have a 5000 threshold and the rest none', () => {
    const thresholds = Object.fromEntries(kaipingConfig.platforms.map((p) => [p.name, p.followerThreshold]))
    for (const p of ['抖音', '快手', '新浪微博', '小红书', '微信公众号']) expect(thresholds[p]).toBe(5000)
    for (const p of ['头条号', '看点号', '企鹅号', '百家号', '网易号', '一点号', '搜狐号', '大风号', '大鱼号', '天天快报号', '其他']) expect(thresholds[p]).toBeNull()
  })

  it('when the watermark is built, then the office name is filled in', () => {
    expect(watermarkFor(kaipingConfig)).toBe('仅供开平市互联网信息办公室账号备案使用')
    expect(watermarkFor(shundeConfig)).toBe('顺德区网络安全和信息化办公室专用')
  })
})

describe('JurisdictionConfigSchema', () => {
  const input = (): JurisdictionConfigInput => JSON.parse(JSON.stringify(kaipingConfig))

  it('when a config is round-tripped, then it parses to itself', () => {
    expect(JurisdictionConfigSchema.parse(input())).toEqual(kaipingConfig)
  })

  it('when the number format lacks {year} or has an unknown token, then it is refused', () => {
    expect(JurisdictionConfigSchema.safeParse({ ...input(), filingNumber: { format: '开网备{seq:6}' } }).success).toBe(false)
    expect(JurisdictionConfigSchema.safeParse({ ...input(), filingNumber: { format: '开网备{year}{seq}{city}' } }).success).toBe(false)
  })

  it('when platforms repeat a code or lack 其他, then it is refused', () => {
    const c = input()
    expect(JurisdictionConfigSchema.safeParse({ ...c, platforms: [...c.platforms, c.platforms[0]] }).success).toBe(false)
    expect(JurisdictionConfigSchema.safeParse({ ...c, platforms: c.platforms.filter((p) => p.code !== 'other') }).success).toBe(false)
  })

  it('when office hours end before they start, then it is refused', () => {
    const c = input()
    expect(JurisdictionConfigSchema.safeParse({ ...c, office: { ...c.office, hours: [{ weekdays: [1], from: '12:00', to: '08:00' }] } }).success).toBe(false)
  })
})

describe('core stays portable and city-neutral', () => {
  const files = sourceFiles(CORE)

  it('when core sources are scanned, then none imports Taro, SDKs or Node built-ins', () => {
    const allowed = /^(zod|dayjs(\/plugin\/[a-zA-Z]+)?|chinese-days|\.{1,2}\/.*)$/
    for (const f of files) {
      // A whole word only: an action name such as 'lead-import' is not an import.
      for (const m of code(f).matchAll(/(?<![\w-])(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        expect(`${relative(CORE, f)}: ${m[1]}`).toMatch(new RegExp(`: ${allowed.source.slice(1, -1)}$`))
      }
      expect(code(f)).not.toMatch(/\brequire\(/)
    }
  })

  it('when core sources are scanned, then none reads the clock', () => {
    for (const f of files) {
      const c = code(f)
      expect([relative(CORE, f), /Date\.now\(|new Date\(\s*\)|performance\.now/.test(c)]).toEqual([relative(CORE, f), false])
    }
  })

  it('when core sources other than the Kaiping config are scanned, then no Kaiping fact is hard-coded', () => {
    const facts = ['开平', '440783', '0750', '644636946', '林先生', '2023-12-21', '2024-01-19']
    for (const f of files.filter((f) => !f.endsWith('kaiping.ts'))) {
      const c = code(f)
      for (const fact of facts) expect([relative(CORE, f), fact, c.includes(fact)]).toEqual([relative(CORE, f), fact, false])
    }
  })

  it('when core sources are scanned, then no regex uses look-behind (older iOS WeChat cannot parse it)', () => {
    for (const f of files) expect([relative(CORE, f), /\(\?<[=!]/.test(code(f))]).toEqual([relative(CORE, f), false])
  })
})
