/**
 * Field builders for the register's other identifiers (公安联网备案号, APP / 小程序备案号, package
 * names, identity documents of 港澳台 and foreign filers) and yes/no and count answers. Apart from
 * fields.ts so the main package, which parses contracts built on fields.ts, does not carry them.
 */
import { z } from 'zod'
import { checked } from './fields'
import { normalizeDocNumber } from '../validators/identity-docs'
import {
  normalizeAppFilingNumber,
  normalizePackageName,
  normalizePsbNumber,
  validateAppFilingNumber,
  validateMiniProgramAppId,
  validateMiniProgramFilingNumber,
  validatePackageName,
  validatePsbNumber
} from '../validators/registrations'

export const psbNumber = () => checked('公安联网备案号', (v, l) => validatePsbNumber(v, l), normalizePsbNumber, 40)
export const appFilingNumber = () => checked('APP备案号', (v, l) => validateAppFilingNumber(v, l), normalizeAppFilingNumber, 40)
export const miniProgramFilingNumber = () => checked('小程序备案号', (v, l) => validateMiniProgramFilingNumber(v, l), (v) => normalizeAppFilingNumber(v).replace(/x$/, 'X'), 40)
export const miniProgramAppId = () => checked('小程序AppID', (v, l) => validateMiniProgramAppId(v, l), (v) => v.normalize('NFKC').trim().toLowerCase(), 30)
export const packageName = () => checked('包名或Bundle ID', (v, l) => validatePackageName(v, l), normalizePackageName, 160)

/**
 * An identity document's number: visible text, normalised (NFKC, no spaces or brackets, upper
 * case); which format applies depends on the document type beside it (`checkIdNumber`).
 */
export const idDocNumber = (label: string) => checked(label, () => ({ ok: true }), normalizeDocNumber, 40)

/** A yes/no answer (直播, 交互式服务, 安全评估). */
export const flag = (label: string) =>
  z.boolean({ required_error: `请选择${label}`, invalid_type_error: `请选择${label}` })

/** A whole number someone declares (用户量). */
export const count = (label: string) =>
  z
    .number({ required_error: `请填写${label}`, invalid_type_error: `${label}应为整数，请重新填写` })
    .int(`${label}应为整数，请重新填写`)
    .min(0, `${label}不能为负数`)
    .max(9_999_999_999, `${label}过大，请核对`)
