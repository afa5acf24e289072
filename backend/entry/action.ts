/**
 * An action is a contract (src/core/contracts: input and output schemas, shared with the
 * mini-program), the roles allowed to call it, and a handler whose input and result types are
 * inferred from that contract. Ownership checks (is this filing mine?) live in the handlers,
 * which know the record.
 */
import type { AnyContract, ContractResult, FunctionName, ParsedInput } from '../core'
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

export interface ActionDef<C extends AnyContract = AnyContract> {
  contract: C
  allow: readonly CallerRole[]
  /**
   * Receives the input its contract parsed; must answer what the contract's output schema
   * accepts. `NoInfer`: the contract alone decides the type (a handler's answer must never widen
   * it). TypeScript widens literals returned from a generic callback, so a literal field is
   * written `deleted: true as const`.
   */
  handler: (input: ParsedInput<C>, ctx: Ctx) => Promise<NoInfer<ContractResult<C>>>
}

export function defineAction<C extends AnyContract>(def: ActionDef<C>): ActionDef<C> {
  return def
}

/** Type-erased action for the route table; make-main passes it the input its own contract parsed. */
export interface AnyAction {
  contract: AnyContract
  allow: readonly CallerRole[]
  handler: (input: never, ctx: Ctx) => Promise<unknown>
}

export type Routes = Readonly<Record<string, AnyAction>>

/**
 * A function's route table, keyed by each contract's action name, so a route can neither lack a
 * contract nor be served under another name than the one the mini-program calls.
 */
export function routesOf(fn: FunctionName, actions: readonly AnyAction[]): Routes {
  const routes: Record<string, AnyAction> = {}
  for (const a of actions) {
    if (a.contract.fn !== fn) throw new Error(`route ${a.contract.fn}/${a.contract.action} listed under ${fn}`)
    if (Object.prototype.hasOwnProperty.call(routes, a.contract.action)) throw new Error(`two routes for ${fn}/${a.contract.action}`)
    routes[a.contract.action] = a
  }
  return Object.freeze(routes)
}

export const SIGNED_IN: readonly CallerRole[] = ['applicant', 'reviewer', 'admin']
export const STAFF: readonly CallerRole[] = ['reviewer', 'admin']
export const ADMIN: readonly CallerRole[] = ['admin']
