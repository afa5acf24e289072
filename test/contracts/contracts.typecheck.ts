/**
 * Compile-time half of the contract check (checked by `tsc` in test/build/static-checks): a
 * handler's answer and a caller's input are typed by the one contract in src/core/contracts.
 * Each `@ts-expect-error` below must stay an error; if the typing ever loosened, tsc would
 * report the directive as unused and the build test would fail. The run-time half is
 * test/backend/contracts.test.ts.
 */
import { defineAction, SIGNED_IN } from '../../backend/entry/action'
import { deleteDraftContract, type ContractOutput } from '../../backend/core'
import { getFilingContract } from '../../src/core/contracts/applicant/get-filing'
import { listMineContract } from '../../src/core/contracts/applicant/list-mine'
import { officeStatusContract } from '../../src/core/contracts/public/office-status'
import type { call } from '../../src/services/api'

export const answersWhatTheContractSays = defineAction({
  contract: deleteDraftContract,
  allow: SIGNED_IN,
  handler: async (input) => ({ id: input.id, deleted: true as const })
})

export const wrongFieldType = defineAction({
  contract: officeStatusContract,
  allow: SIGNED_IN,
  // @ts-expect-error `open` must be a boolean
  handler: async () => ({ open: 'yes', label: '办公中', nextOpening: null })
})

export const missingField = defineAction({
  contract: officeStatusContract,
  allow: SIGNED_IN,
  // @ts-expect-error `nextOpening` is required (null when unknown)
  handler: async () => ({ open: true, label: '办公中' })
})

export const wrongLiteral = defineAction({
  contract: deleteDraftContract,
  allow: SIGNED_IN,
  // @ts-expect-error `deleted` is the literal true
  handler: async (input) => ({ id: input.id, deleted: false })
})

export const inputIsTyped = defineAction({
  contract: deleteDraftContract,
  allow: SIGNED_IN,
  // @ts-expect-error the parsed input has no `name`
  handler: async (input) => ({ id: input.name, deleted: true })
})

type Call = typeof call
export async function clientSide(c: Call): Promise<void> {
  const rows: ContractOutput<typeof listMineContract> = await c(listMineContract, {})
  void rows.items[0]?.status
  // @ts-expect-error the input is typed by the input schema: an id is a string
  await c(getFilingContract, { id: 5 })
  const office = await c(officeStatusContract, {})
  // @ts-expect-error the answer is typed by the output schema: `open` is a boolean
  const label: string = office.open
  void label
}
