/** The operator's supervision matters, listed on 我的备案 (a tab page: this contract stays small). */
import { z } from 'zod'
import { defineContract } from '../contract'
import { MyCaseRow } from '../supervision/case-row'

export const myCasesContract = defineContract({ fn: 'applicant', action: 'my-cases', input: z.object({}).strict(), output: z.object({ items: z.array(MyCaseRow) }) })
