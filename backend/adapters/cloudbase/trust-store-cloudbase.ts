/**
 * CloudBase implementation of the TrustStore port. Conditional writes run in a transaction
 * (get → compare version → set), the only single-document form CloudBase transactions allow.
 */
import type { TrustStore } from '../../ports/trust.port'
import type { CloudDb, Coll } from './store-cloudbase'

import type { CollectionName } from './collections'

/** Declared with the others in collections.ts (deploy creates them). */
export const TRUST_COLLECTIONS = ['verifications', 'phone_codes', 'user_sends'] as const satisfies readonly CollectionName[]
type Name = (typeof TRUST_COLLECTIONS)[number]

interface Res {
  code?: string
  message?: string
  data?: unknown
}

function ok(res: Res): Res {
  if (res && res.code) throw Object.assign(new Error(`CloudBase ${res.code}: ${res.message ?? ''}`), { code: res.code })
  return res
}

function first<T>(res: Res): T | null {
  const d = ok(res).data
  const doc = (Array.isArray(d) ? d[0] : d) as (T & { _id?: string }) | undefined
  if (!doc) return null
  const { _id: _ignored, ...rest } = doc
  return rest as T
}

export function createCloudbaseTrustStore(getDb: () => CloudDb): TrustStore {
  function docs<T extends { id: string; version: number }>(name: Name) {
    const coll = (t?: { collection(n: string): Coll }) => (t ?? getDb()).collection(name)
    return {
      async get(id: string): Promise<T | null> {
        return first<T>(await coll().doc(id).get())
      },
      async putIfVersion(next: T, expected: number | null): Promise<boolean> {
        return getDb().runTransaction(async (t) => {
          const cur = first<T>(await coll(t).doc(next.id).get())
          if (expected === null ? cur !== null : cur?.version !== expected) return false
          ok(await coll(t).doc(next.id).set({ ...(next as unknown as Record<string, unknown>) }))
          return true
        })
      },
      async remove(id: string): Promise<void> {
        ok(await coll().doc(id).remove())
      }
    }
  }
  return { verifications: docs('verifications'), phoneCodes: docs('phone_codes'), userSends: docs('user_sends') }
}
