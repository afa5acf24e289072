/**
 * Document ids of the small ledgers, all keyed hashes: fixed length, no odd characters in a
 * CloudBase _id, and nothing readable (an openid or an account id) in the id itself.
 */
import type { Crypto } from '../ports/system.port'

/** The claim on one normalised account key. */
export const claimId = (crypto: Crypto, accountKey: string) => crypto.hash(`claim:${accountKey}`)

/** One user's credits for one template. */
export const creditId = (crypto: Crypto, openid: string, templateId: string) => crypto.hash(`credit:${openid}:${templateId}`)

/** One caller's counter in one window of a rate-limited scope. */
export const rateCounterId = (crypto: Crypto, scope: string, caller: string, window: string) => crypto.hash(`rate:${scope}:${caller}:${window}`)

/** A client request id, scoped to the caller, the action and the filing. */
export const idempotencyKey = (crypto: Crypto, action: string, openid: string, filingId: string, requestId: string) =>
  crypto.hash(`idem:${action}:${openid}:${filingId}:${requestId}`)
