/** Builders of valid identifiers with correct check characters, for tests and generators. */
import { residentIdCheckChar, usccCheckChar, orgCodeCheckChar } from '@/core'

/** An 18-digit resident ID for region/birth/sequence. */
export function makeResidentId(region = '440783', birth = '19900101', seq = '123'): string {
  const first17 = `${region}${birth}${seq}`
  return first17 + residentIdCheckChar(first17)
}

export function makeUscc(first17 = '91440783MA4UXXXX0'.replace(/X/g, '1')): string {
  return first17 + usccCheckChar(first17)
}

export function makeOrgCode(body = '12345678'): string {
  return `${body}-${orgCodeCheckChar(body)}`
}
