import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingListItem } from '../shared'

export const ListMineInput = z.object({}).strict()
export const ListMineOutput = z.object({ items: z.array(FilingListItem) })
export type ListMineOutput = z.infer<typeof ListMineOutput>

/** My filings, newest first. */
export const listMineContract = defineContract({ fn: 'applicant', action: 'list-mine', input: ListMineInput, output: ListMineOutput })
