/**
 * Compile-time contract between the cloud functions and the mini-program. The mini-program never
 * imports backend code (ESLint forbids it) and parses every answer with its own zod schema; this
 * file, checked by `tsc` in `npm test` (test/build/static-checks), fails the build when an action's
 * output stops satisfying the schema the mini-program parses it with.
 */
import type { z } from 'zod'
import type { FilingListItem } from '../../backend/services/views'
import type { GetFilingOutput } from '../../backend/actions/applicant/get-filing.schema'
import type { WhoamiOutput } from '../../backend/actions/applicant/whoami.schema'
import type { UploadLocationOutput } from '../../backend/actions/applicant/upload-location.schema'
import type { QueueItem } from '../../backend/actions/staff/queue.schema'
import type { StaffGetOutput } from '../../backend/actions/staff/get.schema'
import type { MyFilingRowSchema, FilingDetailSchema as ApplicantDetailSchema } from '../../src/features/filings/api'
import type { ExportLinkSchema, ExportSchema, QueueItemSchema, FilingDetailSchema as StaffDetailSchema } from '../../src/features/review/api'
import type { IngestedSchema, UploadLocationSchema } from '../../src/features/capture/api'
import type { IngestDocumentOutput } from '../../backend/actions/applicant/ingest-document.schema'
import type { ExportLinkOutput, ExportOutput } from '../../backend/actions/staff/export.schema'
import type { WhoAmISchema } from '../../src/features/shell/session'
import type { OfficeStatusSchema } from '../../src/features/office/api'
import type { OfficeStatusOutput } from '../../backend/actions/public/office-status.schema'
import type { ReportItem, LeadItem, CaseItem, ReceiptView } from '../../backend/services/supervision/views'
import type { ReportGetOutput } from '../../backend/actions/staff/report-get.schema'
import type { LeadGetOutput } from '../../backend/actions/staff/leads.schema'
import type { CaseGetOutput } from '../../backend/actions/staff/cases.schema'
import type { DashboardOutput } from '../../backend/actions/staff/dashboard.schema'
import type { MyCaseOutput, MyCasesOutput } from '../../backend/actions/applicant/my-cases.schema'
import type { NoticesOutput } from '../../backend/actions/public/receipt.schema'
import type { ReportOutput } from '../../backend/actions/public/report.schema'
import type { ReportItemSchema, ReportDetailSchema, LeadItemSchema, LeadDetailSchema, CaseItemSchema, CaseDetailSchema } from '../../src/features/supervision/api'
import type { DashboardSchema } from '../../src/features/dashboard/api'
import type { MyCaseRowSchema } from '../../src/features/filings/api'
import type { OperatorCaseSchema } from '../../src/features/filings/case-api'
import type { ReceiptSchema, PublicNoticeSchema, ReportResultSchema } from '../../src/features/public/api'

/**
 * `.passthrough()` adds `[k: string]: unknown`, which interfaces lack, so drop it; and readonly-ness
 * does not survive JSON, so compare arrays as read-only.
 */
type Known<T> = T extends ReadonlyArray<infer U>
  ? ReadonlyArray<Known<U>>
  : T extends object ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> } : T

/** Compiles only when every value the backend may return is accepted by the client's schema. */
const client = <Schema extends z.ZodTypeAny>() => ({ accepts: <_Output extends Known<z.input<Schema>>>(): true => true })

export const contracts: true[] = [
  client<typeof MyFilingRowSchema>().accepts<FilingListItem>(),
  client<typeof ApplicantDetailSchema>().accepts<GetFilingOutput>(),
  client<typeof WhoAmISchema>().accepts<WhoamiOutput>(),
  client<typeof UploadLocationSchema>().accepts<UploadLocationOutput>(),
  client<typeof IngestedSchema>().accepts<IngestDocumentOutput>(),
  client<typeof ExportSchema>().accepts<ExportOutput>(),
  client<typeof ExportLinkSchema>().accepts<ExportLinkOutput>(),
  client<typeof QueueItemSchema>().accepts<QueueItem>(),
  client<typeof StaffDetailSchema>().accepts<StaffGetOutput>(),
  client<typeof OfficeStatusSchema>().accepts<OfficeStatusOutput>(),
  client<typeof ReportResultSchema>().accepts<ReportOutput>(),
  client<typeof ReportItemSchema>().accepts<ReportItem>(),
  client<typeof ReportDetailSchema>().accepts<ReportGetOutput>(),
  client<typeof LeadItemSchema>().accepts<LeadItem>(),
  client<typeof LeadDetailSchema>().accepts<LeadGetOutput>(),
  client<typeof CaseItemSchema>().accepts<CaseItem>(),
  client<typeof CaseDetailSchema>().accepts<CaseGetOutput['case']>(),
  client<typeof DashboardSchema>().accepts<DashboardOutput>(),
  client<typeof MyCaseRowSchema>().accepts<MyCasesOutput['items'][number]>(),
  client<typeof OperatorCaseSchema>().accepts<MyCaseOutput['case']>(),
  client<typeof ReceiptSchema>().accepts<ReceiptView>(),
  client<typeof PublicNoticeSchema>().accepts<NoticesOutput['items'][number]>()
]
