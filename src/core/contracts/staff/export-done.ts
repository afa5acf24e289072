import { z } from 'zod'
import { defineContract } from '../contract'
import { ExportRefInput } from './export-link'

export const ExportDoneOutput = z.object({ deleted: z.boolean() })
export type ExportDoneOutput = z.infer<typeof ExportDoneOutput>

/** The client has the file: delete it now rather than at the purge. */
export const exportDoneContract = defineContract({ fn: 'staff', action: 'export-done', input: ExportRefInput, output: ExportDoneOutput })
