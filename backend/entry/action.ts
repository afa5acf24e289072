/**
 * An action is a schema + handler pair plus the roles allowed to call it. Ownership checks
 * (is this filing mine?) live in the handlers, which know the record.
 */
import type { z } from 'zod'
import type { Runtime } from '../runtime/runtime'

export type CallerRole = 'anonymous' | 'applicant' | 'reviewer' | 'admin' | 'system'

export interface Caller {
  openid: string | null
  role: CallerRole
  staffName?: string
}

export interface Ctx {
  rt: Runtime
  caller: Caller
  now: Date
}

/** A caller known to have an openid (every role except anonymous and system). */
export interface UserCtx extends Ctx {
  caller: Caller & { openid: string }
}

export interface ActionDef<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: S
  allow: readonly CallerRole[]
  handler: (input: z.output<S>, ctx: Ctx) => Promise<O>
}

export function defineAction<S extends z.ZodTypeAny, O>(def: ActionDef<S, O>): ActionDef<S, O> {
  return def
}

/** Type-erased action for the route table; make-main passes it the input its own schema parsed. */
export interface AnyAction {
  input: z.ZodTypeAny
  allow: readonly CallerRole[]
  handler: (input: never, ctx: Ctx) => Promise<unknown>
}

export type Routes = Record<string, AnyAction>

export const SIGNED_IN: readonly CallerRole[] = ['applicant', 'reviewer', 'admin']
export const STAFF: readonly CallerRole[] = ['reviewer', 'admin']
export const ADMIN: readonly CallerRole[] = ['admin']
