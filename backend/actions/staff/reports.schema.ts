import { z } from 'zod'

export const ReportsInput = z.object({ limit: z.number().int().min(1).max(200, '每次最多200条').default(50) }).strict()
export interface ReportsOutput {
  items: Array<{ id: string; platform: string; platformName: string; accountName: string; reason: string; details: string; at: string; status: string; filingId: string | null }>
}
