import { z } from 'zod'

/** Ids of supervision records (reports, leads, cases), with the record named in the message. */
export const RecordId = (label: string) =>
  z.string({ required_error: `缺少${label}编号，请返回列表重新打开`, invalid_type_error: `${label}编号无效，请返回列表重新打开` }).min(1, `缺少${label}编号，请返回列表重新打开`).max(64, `${label}编号无效，请返回列表重新打开`)
