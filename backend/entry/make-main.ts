/**
 * The cloud-function entry factory: parse the event, resolve the caller, route the action,
 * validate its input, run the handler and map the outcome to an ActionResult. Never throws.
 */
import { z } from 'zod'
// Only what every call needs is imported here; field labels (the catalogue) load on a refusal.
import { firstMessage, zodFieldErrors } from '../../src/core/contracts/input-errors'
import { AppError, type ActionResult } from '../errors'
import { getRuntime } from '../runtime/current'
import type { Runtime } from '../runtime/runtime'
import { resolveRoute, type Caller, type Routes } from './action'
import { guardInput } from './guard-input'

const EventSchema = z.object({ action: z.string().min(1).max(64), input: z.unknown().optional() })

const fail = (code: AppError['code'], message: string, fields?: Record<string, string>): ActionResult<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message }
})

export interface MainOptions {
  /** Action run for a platform timer event (which carries no `action`). */
  timerAction?: string
}

export async function resolveCaller(rt: Runtime, event: unknown, context: unknown): Promise<Caller> {
  const who = rt.identity.resolve(event, context)
  if (!who.openid) return { openid: null, role: who.timer ? 'system' : 'anonymous' }
  if (rt.settings.adminOpenids.includes(who.openid)) return { openid: who.openid, role: 'admin', staffName: '管理员' }
  const staff = await rt.store.staff.get(who.openid)
  if (staff) return { openid: who.openid, role: staff.role, staffName: staff.name }
  return { openid: who.openid, role: 'applicant' }
}

/** A handler answered something its contract does not allow: a defect, reported as `internal`. */
export class OutputContractError extends Error {
  constructor(fn: string, action: string, readonly fields: Record<string, string>) {
    super(`${fn}/${action} answered outside its output contract: ${JSON.stringify(fields)}`)
    this.name = 'OutputContractError'
  }
}

export function makeMain(routes: Routes, opts: MainOptions = {}) {
  return async function main(event: unknown, context: unknown): Promise<ActionResult> {
    let actionName = '?'
    try {
      const rt = await getRuntime()
      const caller = await resolveCaller(rt, event, context)
      let action: string
      let rawInput: unknown
      if (caller.role === 'system' && opts.timerAction && !(typeof event === 'object' && event !== null && 'action' in event)) {
        action = opts.timerAction
      } else {
        const guard = guardInput(event)
        if (!guard.ok) return fail('invalid_input', guard.message)
        const parsed = EventSchema.safeParse(event)
        if (!parsed.success) return fail('invalid_input', '请求格式不正确：缺少操作名称（action），请更新小程序后重试')
        action = parsed.data.action
        rawInput = parsed.data.input
      }
      actionName = action
      const route = Object.prototype.hasOwnProperty.call(routes, action) ? routes[action] : undefined
      if (!route) return fail('invalid_input', `不支持的操作“${action.slice(0, 32)}”，请更新小程序后重试`)
      const def = await resolveRoute(route)
      if (!def.allow.includes(caller.role)) {
        if (caller.role === 'anonymous') return fail('unauthenticated', '无法识别您的微信身份，请在微信小程序内重新打开后再试')
        return fail('forbidden', caller.role === 'applicant' ? '此功能仅限网信办工作人员使用' : '您没有权限进行此操作')
      }
      const input = def.contract.input.safeParse(rawInput ?? {})
      if (!input.success) {
        const fields = zodFieldErrors(input.error)
        const { fieldLabel } = await import('../../src/core/schemas/field-labels')
        return fail('invalid_input', firstMessage(fields, fieldLabel), fields)
      }
      const data = await def.handler(input.data as never, { rt, caller, now: rt.clock.now() })
      if (rt.settings.checkOutputs) {
        const out = def.contract.output.safeParse(data)
        if (!out.success) throw new OutputContractError(def.contract.fn, action, zodFieldErrors(out.error))
      }
      return { ok: true, data }
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.fields)
      // Unknown failure: log the detail for operators, tell the user only what to do.
      console.error(JSON.stringify({ level: 'error', at: 'makeMain', action: actionName, error: err instanceof Error ? err.stack ?? err.message : String(err) }))
      return fail('internal', '系统繁忙，请稍后重试；如多次失败请联系网信办')
    }
  }
}
