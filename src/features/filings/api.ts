import { z } from 'zod'
import { call } from '../../services/api'

export const MyFilingRowSchema = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  subjectName: z.string().optional().nullable(),
  filingNumber: z.string().optional().nullable(),
  updatedAt: z.string(),
  dueDate: z.string().optional().nullable(),
  overdue: z.boolean().optional()
}).passthrough()
export type MyFilingRow = z.infer<typeof MyFilingRowSchema>

const ListMineSchema = z.object({ items: z.array(MyFilingRowSchema) }).passthrough()

export function listMine (): Promise<MyFilingRow[]> {
  return call('applicant', 'list-mine', {}, ListMineSchema).then((r) => r.items)
}
