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

/**
 * A route is an action, or a loader of the module that defines it: a function's route table
 * names its actions without evaluating their modules, so a cold start (the platform's `require`
 * of index.js) pays only for the entry, and each action loads its schemas, services and libraries
 * on its first call.
 */
export type RouteLoader = () => Promise<AnyAction>
export type Route = AnyAction | RouteLoader
export type Routes = Readonly<Record<string, Route>>

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

const isAction = (v: unknown): v is AnyAction =>
  typeof v === 'object' && v !== null && 'contract' in v && 'handler' in v && 'allow' in v

/**
 * A lazily loaded route table: each action name maps to the import of its handler module; the
 * route resolves to the one export of that module whose contract is `fn/action` (so the name
 * cannot point at another action), loaded once.
 */
export function lazyRoutes(fn: FunctionName, table: Readonly<Record<string, () => Promise<object>>>): Routes {
  const routes: Record<string, RouteLoader> = {}
  for (const [action, load] of Object.entries(table)) {
    let loaded: Promise<AnyAction> | undefined
    routes[action] = () => (loaded ??= load().then((mod) => {
      const def = Object.values(mod).find((v): v is AnyAction => isAction(v) && v.contract.fn === fn && v.contract.action === action)
      if (!def) throw new Error(`route ${fn}/${action}: its module defines no action with that contract`)
      return def
    }))
  }
  return Object.freeze(routes)
}

/** The action a route serves, its module loaded if it was not yet. */
export async function resolveRoute(route: Route): Promise<AnyAction> {
  return typeof route === 'function' ? route() : route
}

/** Every route of a table resolved (tests and tools that inspect contracts and roles). */
export async function loadRoutes(routes: Routes): Promise<Record<string, AnyAction>> {
  const out: Record<string, AnyAction> = {}
  for (const [action, route] of Object.entries(routes)) out[action] = await resolveRoute(route)
  return out
}

export const SIGNED_IN: readonly CallerRole[] = ['applicant', 'reviewer', 'admin']
export const STAFF: readonly CallerRole[] = ['reviewer', 'admin']
export const ADMIN: readonly CallerRole[] = ['admin']
