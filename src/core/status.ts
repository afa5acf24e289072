/**
 * The filing statuses and their labels, in a leaf module: list screens in the main package
 * parse statuses without pulling in the workflow rules or the field validators.
 */
import { z } from 'zod'

/** Every status a filing can be in. */
export const FILING_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'amending', 'cancelled'] as const
export const FilingStatusSchema = z.enum(FILING_STATUSES)
export type FilingStatus = z.infer<typeof FilingStatusSchema>

export const STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
  amending: '变更审核中',
  cancelled: '已注销'
}

/** A status's label; an unknown value comes back as given (labels never throw). */
export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status
}
