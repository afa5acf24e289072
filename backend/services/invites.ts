import type { Crypto } from '../ports/system.port'

/** Invites are stored under a keyed hash of their code: a database reader cannot redeem one. */
export function inviteId(crypto: Crypto, code: string): string {
  return crypto.hash(`invite:${code.trim().toUpperCase()}`)
}

export const INVITE_VALID_DAYS = 7
