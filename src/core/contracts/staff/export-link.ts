import { z } from 'zod'
import { defineContract } from '../contract'
import { ExportLinkOutput } from './export'

/** Names one of my exports (export-link, export-done). */
export const ExportRefInput = z.object({ exportId: z.string().min(1, '缺少导出编号').max(64, '导出编号无效') }).strict()

/** A fresh one-time link to my export while it still exists (full exports: admins only). */
export const exportLinkContract = defineContract({ fn: 'staff', action: 'export-link', input: ExportRefInput, output: ExportLinkOutput })
