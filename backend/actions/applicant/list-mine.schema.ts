import { z } from 'zod'
import type { FilingListItem } from '../../services/views'

export const ListMineInput = z.object({}).strict()
export interface ListMineOutput {
  items: FilingListItem[]
}
