/**
 * The OCR adapters on generated, photographed documents with known text (test/support/
 * document-photos.ts: Noto CJK text, tilt, uneven light, blur, noise, JPEG at upload size).
 * - local: the real engine (PaddleOCR models on ONNX Runtime, in a worker thread);
 * - WeChat (wx-server-sdk `openapi.ocr.*`) and Tencent Cloud OCR (signed HTTP): those services
 *   cannot be reached here, so stand-ins answer in their documented formats — and they answer by
 *   running the same real engine on the bytes they receive, so what comes back was really read.
 * Prints per-field accuracy; asserts the fields the form fills are read on the mild photos.
 */
import { createHash } from 'node:crypto'
import { LONG_TERM, OCR_KINDS, parseDocumentText, type OcrKind } from '../../backend/core'
import { createPaddleOcr, recognise, stopLocalOcr } from '../../backend/adapters/local/ocr-paddle'
import { createWechatOcr, WECHAT_OCR_MAX_BYTES } from '../../backend/adapters/cloudbase/ocr-wechat'
import { createTencentOcr } from '../../backend/adapters/tencent/ocr-tencent'
import { createTc3Client } from '../../backend/adapters/tencent/tc3'
import { OcrFailure, type OcrEngine } from '../../backend/ports/trust.port'
import { expectedFields, photograph, PHOTO_VARIANTS, scoreFields, svgOf } from '../support/document-photos'
import { startTencentStandIn } from './support/tencent-stand-in'

jest.setTimeout(240_000)

const WATERMARK = ['仅供开平市互联网信息办公室账号备案使用']
const size = (kind: OcrKind) => (kind === 'license' ? { width: 1500, height: 2000, cover: 0.85 } : { width: 2000, height: 1500, cover: 0.8 })
const photos = new Map<string, Buffer>()
async function photo(kind: OcrKind, variant: number): Promise<Buffer> {
  const key = `${kind}/${variant}`
  if (!photos.has(key)) photos.set(key, await photograph(svgOf(kind), { ...size(kind), ...PHOTO_VARIANTS[variant] }))
  return photos.get(key) as Buffer
}

// The stand-ins read with the real engine; the same bytes are recognised once per run.
const linesCache = new Map<string, ReturnType<typeof recognise>>()
function readLines(bytes: Buffer) {
  const key = createHash('sha256').update(bytes).digest('hex')
  if (!linesCache.has(key)) linesCache.set(key, recognise(bytes))
  return linesCache.get(key) as ReturnType<typeof recognise>
}

/** WeChat's cloud call, standing in: refuses 2 MB and more, answers in its documented shape. */
const wechatStandIn = {
  calls: [] as Array<{ method: string; bytes: number; contentType: string }>,
  async idcard(args: { type: 'photo'; img: { contentType: string; value: Buffer } }) {
    this.calls.push({ method: 'idcard', bytes: args.img.value.length, contentType: args.img.contentType })
    if (args.img.value.length >= 2 * 1024 * 1024) throw Object.assign(new Error('image too large'), { errCode: 101003 })
    const lines = await readLines(args.img.value)
    const front = parseDocumentText('id_front', lines).fields as Record<string, string>
    if (front.idNumber) return { errCode: 0, type: 'Front', name: front.name, id: front.idNumber, addr: front.address, gender: front.sex, nationality: front.ethnicity }
    const back = parseDocumentText('id_back', lines).fields as Record<string, string>
    return { errCode: 0, type: 'Back', validDate: `${(back.validFrom ?? '').replace(/-/g, '')}-${back.validUntil === LONG_TERM ? '长期' : (back.validUntil ?? '').replace(/-/g, '')}` }
  },
  async businessLicense(args: { type: 'photo'; img: { contentType: string; value: Buffer } }) {
    this.calls.push({ method: 'businessLicense', bytes: args.img.value.length, contentType: args.img.contentType })
    const f = parseDocumentText('license', await readLines(args.img.value)).fields as Record<string, string>
    return { errCode: 0, regNum: f.uscc, enterpriseName: f.name, legalRepresentative: f.legalRepresentative, address: f.address, validPeriod: f.validUntil === LONG_TERM ? '长期' : f.validUntil }
  }
}

const accuracy: Record<string, Record<string, [number, number]>> = {}
function record(engine: string, kind: OcrKind, score: Record<string, boolean>) {
  for (const [field, ok] of Object.entries(score)) {
    const row = (accuracy[`${engine} ${kind}`] ??= {})
    const [hit, n] = row[field] ?? [0, 0]
    row[field] = [hit + (ok ? 1 : 0), n + 1]
  }
}

let tencent: Awaited<ReturnType<typeof startTencentStandIn>>
const cred = { secretId: 'AKIDtest', secretKey: 'ocr-test-secret' }

beforeAll(async () => {
  tencent = await startTencentStandIn({
    cred,
    hosts: ['ocr.tencentcloudapi.com'],
    handle: async (action, body) => {
      const lines = await readLines(Buffer.from(String(body.ImageBase64), 'base64'))
      if (action === 'IDCardOCR' && body.CardSide === 'FRONT') {
        const f = parseDocumentText('id_front', lines).fields as Record<string, string>
        return { Name: f.name ?? '', Sex: f.sex ?? '', Nation: f.ethnicity ?? '', Birth: (f.birthDate ?? '').replace(/-0?/g, '/'), Address: f.address ?? '', IdNum: f.idNumber ?? '' }
      }
      if (action === 'IDCardOCR') {
        const f = parseDocumentText('id_back', lines).fields as Record<string, string>
        return { Authority: f.authority ?? '', ValidDate: `${(f.validFrom ?? '').replace(/-/g, '.')}-${f.validUntil === LONG_TERM ? '长期' : (f.validUntil ?? '').replace(/-/g, '.')}` }
      }
      if (action === 'BizLicenseOCR') {
        const f = parseDocumentText('license', lines).fields as Record<string, string>
        return { RegNum: f.uscc ?? '', Name: f.name ?? '', Person: f.legalRepresentative ?? '', Address: f.address ?? '', Period: f.validUntil === LONG_TERM ? '2018年03月02日至长期' : '' }
      }
      return { Error: { Code: 'InvalidAction', Message: action } }
    }
  })
})

afterAll(async () => {
  await tencent.close()
  await stopLocalOcr()
  const lines = Object.entries(accuracy).map(([k, fields]) => `${k.padEnd(18)} ${Object.entries(fields).map(([f, [hit, n]]) => `${f} ${hit}/${n}`).join(', ')}`)
  console.log(`OCR field accuracy on photographed documents (read / photos):\n${lines.join('\n')}`)
})

const engines: Array<[string, () => OcrEngine]> = [
  ['local', () => createPaddleOcr()],
  ['wechat', () => createWechatOcr(wechatStandIn as never)],
  ['tencent', () => createTencentOcr(createTc3Client({ cred: () => cred, service: 'ocr', host: 'ocr.tencentcloudapi.com', version: '2018-11-19', region: 'ap-guangzhou', endpoint: tencent.url }))]
]

/** The fields the wizard fills from each document. */
const FILLED: Record<OcrKind, string[]> = { id_front: ['name', 'idNumber', 'address'], id_back: ['validUntil'], license: ['uscc', 'legalRepresentative', 'address', 'validUntil'] }

describe.each(engines)('OCR adapter: %s', (engine, make) => {
  it.each(OCR_KINDS.map((k) => [k]))('when a photographed %s is read, then the fields the form fills come out exactly', async (kind) => {
    const variants = engine === 'local' ? [0, 1] : [0]
    for (const v of variants) {
      const out = await make().read(kind as OcrKind, { bytes: await photo(kind as OcrKind, v), contentType: 'image/jpeg' }, { ignore: WATERMARK })
      expect(out.kind).toBe(kind)
      const score = scoreFields(expectedFields(kind as OcrKind), out.fields as Record<string, string>)
      record(engine, kind as OcrKind, score)
      if (v === 0) for (const f of FILLED[kind as OcrKind]) expect({ kind, field: f, read: (out.fields as Record<string, string>)[f] }).toEqual({ kind, field: f, read: expectedFields(kind as OcrKind)[f] })
    }
  })
})

describe('WeChat OCR limits', () => {
  it('when the photo is 2 MB or more, then the adapter refuses it before calling WeChat (not retryable)', async () => {
    const before = wechatStandIn.calls.length
    const big = Buffer.alloc(WECHAT_OCR_MAX_BYTES + 1, 1)
    await expect(createWechatOcr(wechatStandIn as never).read('id_front', { bytes: big, contentType: 'image/jpeg' }, { ignore: [] })).rejects.toMatchObject({ retryable: false })
    await expect(createWechatOcr(wechatStandIn as never).read('id_front', { bytes: big, contentType: 'image/jpeg' }, { ignore: [] })).rejects.toBeInstanceOf(OcrFailure)
    expect(wechatStandIn.calls.length).toBe(before)
  })

  it('when the back of the card is photographed for the front, then it is refused, not filled', async () => {
    const api = { idcard: async () => ({ errCode: 0, type: 'Back', validDate: '20150615-20350615' }), businessLicense: async () => ({}) }
    await expect(createWechatOcr(api).read('id_front', { bytes: Buffer.from([1]), contentType: 'image/jpeg' }, { ignore: [] })).rejects.toBeInstanceOf(OcrFailure)
  })
})
