/** Input pieces shared by several actions. */
import { z } from 'zod'

export const FilingId = z.string({ required_error: '缺少备案编号，请返回列表重新打开', invalid_type_error: '备案编号无效，请返回列表重新打开' }).min(1, '缺少备案编号，请返回列表重新打开').max(64, '备案编号无效，请返回列表重新打开')
export const Version = z.number({ required_error: '缺少版本号，请刷新后重试', invalid_type_error: '版本号无效，请刷新后重试' }).int('版本号无效，请刷新后重试').positive('版本号无效，请刷新后重试')
/** Client-generated per tap (e.g. a uuid); the same id replays the first result. */
export const RequestId = z.string({ required_error: '缺少请求编号，请更新小程序后重试' }).regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号无效，请更新小程序后重试')
/** Template ids the user accepted in requestSubscribeMessage (accept only). */
export const Subscribed = z.array(z.string().min(1).max(64)).max(5, '订阅消息模板最多5个').default([])
export const Reason = (label: string) => z.string().trim().max(500, `${label}不能超过500个字，请精简`)
export const Openid = z.string({ required_error: '缺少用户标识' }).min(1).max(128, '用户标识无效')
/** Ids of supervision records (reports, leads, cases). */
export const RecordId = (label: string) => z.string({ required_error: `缺少${label}编号，请返回列表重新打开`, invalid_type_error: `${label}编号无效，请返回列表重新打开` }).min(1, `缺少${label}编号，请返回列表重新打开`).max(64, `${label}编号无效，请返回列表重新打开`)
