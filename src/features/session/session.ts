/** Who the caller is (applicant/whoami), asked once per app run and shared by every screen. */
import { useEffect, useState } from 'react'
import { whoamiContract, type WhoamiOutput } from '../../core/contracts/applicant/whoami'
import { call, ApiError } from '../../services/api'

export type WhoAmI = WhoamiOutput

let pending: Promise<WhoAmI> | null = null
let resolved: WhoAmI | null = null

/** The session already known, synchronously (e.g. inside a tap handler, where no await may come first). */
export function knownSession (): WhoAmI | null {
  return resolved
}

/** Asks the backend who the caller is, once per app run; the role decides whether the 审核 tab exists. */
export function loadSession (force = false): Promise<WhoAmI> {
  if (force || pending === null) {
    pending = call(whoamiContract, {})
    pending.then((s) => { resolved = s }, () => { pending = null })
  }
  return pending
}

export function isStaff (session: WhoAmI | null): boolean {
  return session?.role === 'reviewer' || session?.role === 'admin'
}

export function useSession (): { session: WhoAmI | null, error: ApiError | null } {
  const [session, setSession] = useState<WhoAmI | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  useEffect(() => {
    let live = true
    loadSession().then(
      (s) => { if (live) setSession(s) },
      (e: unknown) => { if (live) setError(e instanceof ApiError ? e : new ApiError('internal', '无法获取身份，请稍后重试')) }
    )
    return () => { live = false }
  }, [])
  return { session, error }
}
