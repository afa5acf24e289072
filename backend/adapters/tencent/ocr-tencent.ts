/**
 * Tencent Cloud OCR (ocr.tencentcloudapi.com, version 2018-11-19): IDCardOCR for both sides of
 * an ID card, BizLicenseOCR for a business licence. Signed with TC3 (./tc3.ts).
 */
import { compactText, parseValidity, LONG_TERM, type OcrFields, type OcrKind } from '../../core'
import { OcrFailure, type OcrEngine, type OcrImage } from '../../ports/trust.port'
import { TencentApiError, type Tc3Client } from './tc3'

/** The API takes at most 10 MB of Base64; our photos are ≤ 2 MB, so this only guards misuse. */
const MAX_BASE64 = 10 * 1024 * 1024

type Answer = Record<string, unknown>

const str = (o: Answer, key: string): string | undefined => {
  const v = o[key]
  return typeof v === 'string' && v.trim() ? compactText(v) : undefined
}

function clean(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v.length > 0)) as Record<string, string>
}

/** 'YYYY/M/D' (Birth) → 'YYYY-MM-DD'. */
function birth(s: string | undefined): string | undefined {
  const m = /^(\d{4})\D(\d{1,2})\D(\d{1,2})$/.exec(s ?? '')
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined
}

export function createTencentOcr(client: Tc3Client): OcrEngine {
  return {
    provider: 'tencent',
    async read(kind: OcrKind, image: OcrImage): Promise<OcrFields> {
      const ImageBase64 = image.bytes.toString('base64')
      if (ImageBase64.length > MAX_BASE64) throw new OcrFailure('image too large for Tencent Cloud OCR', false)
      let res: Answer
      try {
        res = kind === 'license'
          ? await client.call<Answer>('BizLicenseOCR', { ImageBase64 })
          : await client.call<Answer>('IDCardOCR', { ImageBase64, CardSide: kind === 'id_front' ? 'FRONT' : 'BACK' })
      } catch (e) {
        if (e instanceof TencentApiError) throw new OcrFailure(e.message, e.retryable)
        throw e
      }
      if (kind === 'license') {
        const period = str(res, 'Period')
        const until = period ? (parseValidity(period)?.until ?? (period.includes(LONG_TERM) ? LONG_TERM : undefined)) : undefined
        return { kind, fields: clean({ name: str(res, 'Name'), uscc: str(res, 'RegNum')?.toUpperCase(), legalRepresentative: str(res, 'Person'), address: str(res, 'Address'), validUntil: until }) }
      }
      if (kind === 'id_front') {
        return { kind, fields: clean({ name: str(res, 'Name'), idNumber: str(res, 'IdNum')?.toUpperCase(), address: str(res, 'Address'), sex: str(res, 'Sex'), ethnicity: str(res, 'Nation'), birthDate: birth(str(res, 'Birth')) }) }
      }
      const v = parseValidity(str(res, 'ValidDate') ?? '')
      return { kind, fields: clean({ authority: str(res, 'Authority'), validFrom: v?.from, validUntil: v?.until }) }
    }
  }
}
