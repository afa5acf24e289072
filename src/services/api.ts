import Taro from '@tarojs/taro'
import type { ZodType, ZodTypeDef } from 'zod'
import type { AnyContract, ContractInput, ContractOutput, FunctionName } from '../core/contracts/contract'
import { firstMessage, zodFieldErrors } from '../core/contracts/input-errors'
import { currentDemoOpenid } from './demo-identity'

export type ApiErrorCode =
  | 'invalid_input' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict'
  | 'duplicate' | 'invalid_state' | 'rate_limited' | 'internal' | 'network' | 'bad_response'

/** A failure the UI can show as is: `message` is Chinese and names the fix; `fields` maps dotted paths to messages. */
export class ApiError extends Error {
  constructor (
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface Envelope {
  ok: boolean
  data?: unknown
  error?: { code?: string, message?: string, fields?: Record<string, string> }
}

const NETWORK_MESSAGE = '网络不稳定，请检查网络后重试'
const BAD_RESPONSE_MESSAGE = '服务返回的数据无法识别，请稍后重试'

function isEnvelope (value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).ok === 'boolean'
}

/** Turns the raw result of a function call into typed data or a typed ApiError. */
export function unwrap<T> (raw: unknown, schema: ZodType<T, ZodTypeDef, unknown>): T {
  if (!isEnvelope(raw)) throw new ApiError('bad_response', BAD_RESPONSE_MESSAGE)
  if (!raw.ok) {
    const e = raw.error ?? {}
    throw new ApiError((e.code as ApiErrorCode) ?? 'internal', e.message ?? '操作失败，请稍后重试', e.fields ?? {})
  }
  const parsed = schema.safeParse(raw.data)
  if (!parsed.success) throw new ApiError('bad_response', BAD_RESPONSE_MESSAGE)
  return parsed.data
}

async function rawCall (fn: FunctionName, payload: { action: string, input: unknown }): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5') {
    let response: Response
    try {
      response = await fetch(`${API_BASE}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-openid': currentDemoOpenid() },
        body: JSON.stringify(payload)
      })
    } catch {
      throw new ApiError('network', NETWORK_MESSAGE)
    }
    try {
      return await response.json()
    } catch {
      throw new ApiError('bad_response', BAD_RESPONSE_MESSAGE)
    }
  }
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: payload })
    return res.result
  } catch {
    throw new ApiError('network', NETWORK_MESSAGE)
  }
}

/**
 * Calls one action through its contract (src/core/contracts): the input is checked with the
 * contract's input schema first, so a refusal needs no round trip and carries the function's own
 * per-field messages; the answer is parsed with the same output schema the function answers with.
 */
export async function call<C extends AnyContract> (contract: C, input: ContractInput<C>): Promise<ContractOutput<C>> {
  const checked = contract.input.safeParse(input)
  if (!checked.success) {
    const fields = zodFieldErrors(checked.error)
    throw new ApiError('invalid_input', firstMessage(fields), fields)
  }
  return unwrap(await rawCall(contract.fn, { action: contract.action, input }), contract.output as ZodType<ContractOutput<C>, ZodTypeDef, unknown>)
}
