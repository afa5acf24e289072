/**
 * One contract per cloud-function action: its input and output zod schemas, defined once here
 * and imported by both sides. The backend infers its handler types from it (`defineAction`) and,
 * outside production, checks every answer against it; the mini-program's transport
 * (`call(contract, input)`) validates the input before sending and parses the answer with the
 * very same output schema. Pure zod: no backend or Taro imports, so both sides may import it.
 */
import type { z } from 'zod'

/** The deployed cloud functions; each routes `event.action` to one action. */
export const FUNCTION_NAMES = ['applicant', 'staff', 'public', 'system'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export interface Contract<F extends FunctionName = FunctionName, I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  fn: F
  action: string
  input: I
  output: O
}

export type AnyContract = Contract<FunctionName, z.ZodTypeAny, z.ZodTypeAny>
/** What a caller passes (before defaults and trimming). */
export type ContractInput<C extends AnyContract> = z.input<C['input']>
/** What a handler receives (after parsing). */
export type ParsedInput<C extends AnyContract> = z.output<C['input']>
/** What a handler must return: anything the output schema accepts. */
export type ContractResult<C extends AnyContract> = z.input<C['output']>
/** What a caller receives (after parsing the answer). */
export type ContractOutput<C extends AnyContract> = z.output<C['output']>

export function defineContract<F extends FunctionName, I extends z.ZodTypeAny, O extends z.ZodTypeAny>(contract: Contract<F, I, O>): Contract<F, I, O> {
  return contract
}
