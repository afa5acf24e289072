/**
 * OCR through WeChat's cloud call (wx-server-sdk `openapi.ocr.idcard` / `ocr.businessLicense`;
 * config.json `permissions.openapi` must list them). WeChat refuses images of 2 MB or more, so
 * that limit is enforced here as well. Its answers are already structured: only dates and
 * spacing are normalised (by core).
 */
import { compactText, parseValidity, LONG_TERM, type OcrFields, type OcrKind } from '../../core'
import { OcrFailure, type OcrEngine, type OcrImage } from '../../ports/trust.port'

export const WECHAT_OCR_MAX_BYTES = 2 * 1024 * 1024 - 1

export type WechatOcrCall = (args: { type: 'photo'; img: { contentType: string; value: Buffer } }) => Promise<Record<string, unknown>>

export interface WechatOcrApi {
  idcard: WechatOcrCall
  businessLicense: WechatOcrCall
}

const str = (o: Record<string, unknown>, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = o[k]
    if (typeof v === 'string' && v.trim()) return compactText(v)
  }
  return undefined
}

function clean<T extends Record<string, string | undefined>>(o: T): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v.length > 0)) as Record<string, string>
}

export function createWechatOcr(api: WechatOcrApi): OcrEngine {
  return {
    provider: 'wechat',
    async read(kind: OcrKind, image: OcrImage): Promise<OcrFields> {
      if (image.bytes.length > WECHAT_OCR_MAX_BYTES) throw new OcrFailure('image of 2 MB or more: WeChat OCR refuses it', false)
      const args = { type: 'photo' as const, img: { contentType: image.contentType, value: image.bytes } }
      let res: Record<string, unknown>
      try {
        res = await (kind === 'license' ? api.businessLicense(args) : api.idcard(args))
      } catch (err) {
        const e = (err ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
        // 101000/101001/101002: not a card / no text / bad image — retrying will not help.
        const code = typeof e.errCode === 'number' ? e.errCode : null
        throw new OcrFailure(`wechat ocr ${code ?? 'error'}: ${String(e.errMsg ?? e.message ?? err)}`, code === null || code === -1 || code === 45009)
      }
      const code = res.errCode ?? res.errcode ?? 0
      if (code !== 0 && code !== '0') throw new OcrFailure(`wechat ocr ${String(code)}: ${String(res.errMsg ?? res.errmsg ?? '')}`, false)
      if (kind === 'license') {
        const period = str(res, 'validPeriod', 'valid_period')
        const until = period ? (parseValidity(period)?.until ?? (period.includes(LONG_TERM) ? LONG_TERM : undefined)) : undefined
        return { kind, fields: clean({ name: str(res, 'enterpriseName', 'enterprise_name'), uscc: str(res, 'regNum', 'reg_num')?.toUpperCase(), legalRepresentative: str(res, 'legalRepresentative', 'legal_representative'), address: str(res, 'address'), validUntil: until }) }
      }
      const side = String(res.type ?? '')
      if (kind === 'id_front') {
        if (side && side !== 'Front') throw new OcrFailure('the photo shows the back of the card', false)
        return { kind, fields: clean({ name: str(res, 'name'), idNumber: str(res, 'id')?.toUpperCase(), address: str(res, 'addr'), sex: str(res, 'gender'), ethnicity: str(res, 'nationality') }) }
      }
      if (side && side !== 'Back') throw new OcrFailure('the photo shows the front of the card', false)
      const v = parseValidity(str(res, 'validDate', 'valid_date') ?? '')
      return { kind, fields: clean({ validFrom: v?.from, validUntil: v?.until }) }
    }
  }
}
