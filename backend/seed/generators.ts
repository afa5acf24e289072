/**
 * Valid-looking identifiers and contents for demo and bench data (check digits from core).
 * Deterministic: the same index always gives the same value.
 */
import { orgCodeCheckChar, residentIdCheckChar, usccCheckChar, type DraftContent, type JurisdictionConfig } from '../core'

const SURNAMES = '陈李黄张梁谢关司徒周吴邓何冯胡'.split('')
const GIVEN = ['志明', '丽华', '嘉欣', '伟强', '美玲', '国栋', '晓彤', '家豪', '海燕', '俊杰', '颖', '健']
const TOPICS = ['美食', '碉楼', '生活', '资讯', '旅游', '侨乡', '夜话', '探店', '故事', '文化', '好物', '身边事']
const COMPANY_WORDS = ['文化传媒', '网络科技', '信息咨询', '广告', '旅游发展', '电子商务']

const pad = (n: number, w: number) => String(n).padStart(w, '0')

export function residentIdFor(i: number, regionPrefix = '440783'): string {
  const year = 1960 + (i % 45)
  const month = 1 + (i % 12)
  const day = 1 + (i % 28)
  const body = `${regionPrefix.padEnd(6, '0').slice(0, 6)}${year}${pad(month, 2)}${pad(day, 2)}${pad(i % 1000, 3)}`
  return body + residentIdCheckChar(body)
}

export function usccFor(i: number, regionPrefix = '440783'): string {
  const org8 = pad((i * 7919) % 100_000_000, 8)
  const first17 = `91${regionPrefix.padEnd(6, '0').slice(0, 6)}${org8}${orgCodeCheckChar(org8)}`
  return first17 + usccCheckChar(first17)
}

export function personNameFor(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]
}

export function mobileFor(i: number): string {
  return `13${(i % 9) + 1}${pad((i * 104729) % 100_000_000, 8)}`
}

type Account = NonNullable<DraftContent['accounts']>[number]

/** A self-media account with a unique account id; `openedOn` a few months back. */
export function demoAccount(i: number, config: JurisdictionConfig, openedOn: string): Account {
  const platforms = config.platforms.filter((p) => p.code !== 'other')
  // Skewed walk, so the platform does not line up with other index-based cycles (status mix).
  const p = platforms[(i + Math.floor(i / platforms.length)) % platforms.length]
  const town = config.towns[i % config.towns.length]
  const short = town.shortNames[0] ?? town.name
  return {
    kind: 'self_media',
    id: `acc-${i}`,
    platform: p.code,
    accountName: `${short}${TOPICS[i % TOPICS.length]}${i}`,
    accountId: `demo_${p.code}_${i}`,
    followers: 5001 + ((i * 3571) % 200_000),
    openedOn,
    category: '本地生活'
  }
}

/** Subject + operator for filing `i`: mostly individuals, some companies and public bodies. */
export function demoParties(i: number, config: JurisdictionConfig, marker: string): Pick<DraftContent, 'subject' | 'operator'> {
  const town = config.towns[i % config.towns.length]
  const address = `${marker}${config.cityName}${town.name}演示路${(i % 200) + 1}号`
  const kind = i % 7 === 3 ? 'company' : i % 11 === 5 ? 'public_body' : 'individual'
  if (kind === 'individual') {
    return {
      subject: { type: 'individual', name: personNameFor(i), idNumber: residentIdFor(i, config.regionCodePrefix), phone: mobileFor(i), address, town: town.code },
      operator: { sameAsSubject: true }
    }
  }
  const operator = { sameAsSubject: false, name: personNameFor(i + 1), idNumber: kind === 'company' ? residentIdFor(i + 1, config.regionCodePrefix) : undefined, phone: mobileFor(i + 1) }
  return {
    subject: {
      type: kind,
      name: kind === 'company' ? `${config.cityName}${marker}${COMPANY_WORDS[i % COMPANY_WORDS.length]}有限公司` : `${config.cityName}${town.name}${marker}文化站`,
      uscc: usccFor(i, config.regionCodePrefix),
      address,
      town: town.code,
      phone: mobileFor(i),
      email: `demo${i}@example.com`
    },
    operator
  }
}
