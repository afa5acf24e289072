import { z } from 'zod'
import { DraftContentSchema } from '../../core'

export const FilingId = z.string({ required_error: '缺少备案编号，请返回列表重新打开' }).min(1).max(64, '备案编号无效，请返回列表重新打开')
export const Version = z.number({ required_error: '缺少版本号，请刷新后重试', invalid_type_error: '版本号无效，请刷新后重试' }).int().positive()

/** No id → a new draft; with id → update that draft, only if `version` is still current. */
export const SaveDraftInput = z.union([
  z.object({ id: z.undefined().optional(), content: DraftContentSchema }).strict(),
  z.object({ id: FilingId, version: Version, content: DraftContentSchema }).strict()
])
export interface SaveDraftOutput {
  id: string
  version: number
  updatedAt: string
}
