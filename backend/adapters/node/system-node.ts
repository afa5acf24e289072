/** Real clock and random ids; tests inject fixed ones instead. */
import { randomBytes, randomInt } from 'node:crypto'
import type { Clock, Ids } from '../../ports/system.port'

export const systemClock: Clock = { now: () => new Date() }

// No 0/O/1/I/L: invite codes are read aloud and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export const randomIds: Ids = {
  newId: () => randomBytes(12).toString('base64url'),
  newCode: () => Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

/** Deterministic ids for tests and seeds: prefix + zero-padded sequence. */
export function sequentialIds(prefix = 'id'): Ids {
  let n = 0
  let c = 0
  return {
    newId: () => `${prefix}${String(++n).padStart(6, '0')}`,
    newCode: () => `CODE${String(++c).padStart(4, '0')}`
  }
}
