/**
 * Generated document photos with known text: a resident ID card (both sides) and a business
 * licence, rendered from SVG with a Chinese font (Noto CJK, Debian's fonts-noto-cjk) by sharp,
 * then "photographed": placed on a table, tilted, lit unevenly, blurred, given sensor noise and
 * JPEG-compressed. Used by the OCR adapter tests, the e2e fake camera and the bench.
 */
import sharp from 'sharp'

export interface IdCardText {
  name: string
  sex: '男' | '女'
  ethnicity: string
  birth: string // YYYY-MM-DD
  address: string
  idNumber: string
  authority: string
  validFrom: string // YYYY-MM-DD
  validUntil: string // YYYY-MM-DD or 长期
}

export interface LicenceText {
  uscc: string
  name: string
  kind: string
  representative: string
  capital: string
  founded: string // YYYY-MM-DD
  validUntil: string // 长期 or YYYY-MM-DD
  address: string
  scope: string
}

export interface PhotoOptions {
  /** Output size (a phone photo, or the compressed upload). */
  width: number
  height: number
  /** Share of the photo's width the document covers. */
  cover?: number
  angle?: number
  blur?: number
  /** Standard deviation of the sensor noise, 0–255 scale. */
  noise?: number
  /** 0 (even) … 1 (dark corners). */
  unevenLight?: number
  quality?: number
  seed?: number
}

const FONT = "'Noto Sans CJK SC','Noto Sans CJK','Noto Serif CJK SC',sans-serif"
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
const dateCn = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
const dateDots = (iso: string) => (iso === '长期' ? iso : iso.replace(/-/g, '.'))

function wrap(text: string, perLine: number): string[] {
  const chars = Array.from(text)
  const out: string[] = []
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''))
  return out
}

/** The card face (856 × 540, the card's millimetres × 10). */
export function idFrontSvg(t: IdCardText): string {
  const [y, m, d] = [t.birth.slice(0, 4), String(Number(t.birth.slice(5, 7))), String(Number(t.birth.slice(8, 10)))]
  const address = wrap(t.address, 11)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef4f6"/><stop offset="1" stop-color="#dfe9ee"/></linearGradient></defs>
  <rect width="856" height="540" rx="32" fill="url(#bg)"/>
  <g fill="none" stroke="#c9dbe3" stroke-width="1.5">${Array.from({ length: 9 }, (_, i) => `<circle cx="430" cy="270" r="${60 + i * 34}"/>`).join('')}</g>
  <rect x="590" y="70" width="200" height="250" rx="8" fill="#d5e1e8"/>
  <circle cx="690" cy="160" r="52" fill="#9fb4c0"/><rect x="618" y="220" width="144" height="100" rx="60" fill="#9fb4c0"/>
  <g font-family="${FONT}" fill="#4b6478" font-size="24">
    <text x="60" y="98">姓 名</text><text x="60" y="158">性 别</text><text x="250" y="158">民 族</text>
    <text x="60" y="218">出 生</text><text x="60" y="278">住 址</text><text x="60" y="468">公民身份号码</text>
  </g>
  <g font-family="${FONT}" fill="#111" font-size="30">
    <text x="150" y="100" font-size="34">${esc(t.name)}</text>
    <text x="150" y="160">${t.sex}</text><text x="340" y="160">${esc(t.ethnicity)}</text>
    <text x="150" y="220">${y}</text><text x="250" y="220" font-size="24" fill="#4b6478">年</text><text x="290" y="220">${m}</text><text x="330" y="220" font-size="24" fill="#4b6478">月</text><text x="370" y="220">${d}</text><text x="410" y="220" font-size="24" fill="#4b6478">日</text>
    ${address.map((l, i) => `<text x="150" y="${280 + i * 40}">${esc(l)}</text>`).join('')}
    <text x="260" y="470" font-size="34" letter-spacing="4">${esc(t.idNumber)}</text>
  </g></svg>`
}

export function idBackSvg(t: IdCardText): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef4f6"/><stop offset="1" stop-color="#e4ecdf"/></linearGradient></defs>
  <rect width="856" height="540" rx="32" fill="url(#bg)"/>
  <circle cx="150" cy="150" r="85" fill="#d84a3a"/><circle cx="150" cy="150" r="60" fill="#f2c94c"/>
  <g font-family="${FONT}" fill="#111">
    <text x="300" y="140" font-size="52" letter-spacing="6">中华人民共和国</text>
    <text x="330" y="230" font-size="64" letter-spacing="10">居民身份证</text>
    <text x="200" y="420" font-size="24" fill="#4b6478">签发机关</text><text x="340" y="422" font-size="30">${esc(t.authority)}</text>
    <text x="200" y="482" font-size="24" fill="#4b6478">有效期限</text><text x="340" y="484" font-size="30">${dateDots(t.validFrom)}-${dateDots(t.validUntil)}</text>
  </g></svg>`
}

/** A licence copy (副本), portrait A-series (1190 × 1684). */
export function licenceSvg(t: LicenceText): string {
  const rows: Array<[string, string]> = [
    ['名　　称', t.name],
    ['类　　型', t.kind],
    ['法定代表人', t.representative],
    ['注册资本', t.capital],
    ['成立日期', dateCn(t.founded)],
    ['营业期限', `${dateCn(t.founded)}至${t.validUntil === '长期' ? '长期' : dateCn(t.validUntil)}`],
    ['住　　所', t.address]
  ]
  let y = 560
  const lines: string[] = []
  for (const [label, value] of rows) {
    const parts = wrap(value, 18)
    lines.push(`<text x="120" y="${y}" fill="#333" font-size="34">${label}</text>`)
    parts.forEach((p, i) => lines.push(`<text x="360" y="${y + i * 52}" font-size="36">${esc(p)}</text>`))
    y += 52 * parts.length + 34
  }
  const scope = wrap(t.scope, 20)
  lines.push(`<text x="120" y="${y}" fill="#333" font-size="34">经营范围</text>`)
  scope.forEach((p, i) => lines.push(`<text x="360" y="${y + i * 48}" font-size="30">${esc(p)}</text>`))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1190" height="1684">
  <rect width="1190" height="1684" fill="#fbf8ef"/>
  <rect x="40" y="40" width="1110" height="1604" fill="none" stroke="#c8a34a" stroke-width="14"/>
  <g font-family="${FONT}" fill="#111">
    <text x="595" y="250" font-size="96" text-anchor="middle" fill="#b22222" letter-spacing="20">营业执照</text>
    <text x="595" y="320" font-size="30" text-anchor="middle" fill="#333">（副　本）</text>
    <text x="120" y="430" font-size="32" fill="#333">统一社会信用代码</text><text x="440" y="432" font-size="40" letter-spacing="2">${esc(t.uscc)}</text>
    ${lines.join('\n    ')}
    <text x="760" y="1500" font-size="30" fill="#333">登记机关</text>
  </g>
  <circle cx="900" cy="1460" r="110" fill="none" stroke="#d33" stroke-width="8" opacity="0.75"/>
  <rect x="900" y="380" width="150" height="150" fill="#222"/><rect x="920" y="400" width="110" height="110" fill="#fbf8ef"/><rect x="945" y="425" width="60" height="60" fill="#222"/>
  </svg>`
}

/** A photo of `svg` on a table, as a phone would take it. */
export async function photograph(svg: string, o: PhotoOptions): Promise<Buffer> {
  const cover = o.cover ?? 0.8
  const docWidth = Math.round(o.width * cover)
  const doc = await sharp(Buffer.from(svg)).resize({ width: docWidth }).png().toBuffer()
  const tilted = await sharp(doc).rotate(o.angle ?? 0, { background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer()
  const meta = await sharp(tilted).metadata()
  const left = Math.round((o.width - (meta.width ?? 0)) / 2)
  const top = Math.round((o.height - (meta.height ?? 0)) / 2)
  const light = o.unevenLight ?? 0.3
  const shade = `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}"><defs><radialGradient id="l" cx="0.35" cy="0.3" r="0.9"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(${Math.round(255 * (1 - light))},${Math.round(255 * (1 - light))},${Math.round(255 * (1 - light * 0.9))})"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#l)"/></svg>`
  const sigma = o.noise ?? 6
  // Grain at half resolution, scaled up: sensor noise after demosaicing. An inline xorshift keeps
  // the loop fast (a closure per sample is ~20× slower under jest's instrumentation).
  const nw = Math.ceil(o.width / 2)
  const nh = Math.ceil(o.height / 2)
  const grain = new Uint8Array(nw * nh * 3)
  let x = ((o.seed ?? 1) * 2654435761) >>> 0 || 1
  for (let i = 0; i < grain.length; i++) {
    x ^= x << 13; x >>>= 0
    x ^= x >>> 17
    x ^= x << 5; x >>>= 0
    // Sum of two bytes ≈ triangular distribution around 0.
    const v = 128 + (((x & 255) + ((x >>> 8) & 255) - 255) * sigma * 2.4) / 255
    grain[i] = v < 0 ? 0 : v > 255 ? 255 : v
  }
  const noise = await sharp(grain, { raw: { width: nw, height: nh, channels: 3 } }).resize(o.width, o.height, { kernel: 'cubic' }).raw().toBuffer()
  let img = sharp({ create: { width: o.width, height: o.height, channels: 3, background: { r: 118, g: 96, b: 74 } } })
    .composite([
      { input: tilted, left: Math.max(0, left), top: Math.max(0, top) },
      { input: Buffer.from(shade), blend: 'multiply' },
      { input: noise, raw: { width: o.width, height: o.height, channels: 3 }, blend: 'overlay' }
    ])
  const flat = await img.png().toBuffer()
  img = sharp(flat)
  if ((o.blur ?? 0) > 0.3) img = img.blur(o.blur)
  return img.jpeg({ quality: Math.round((o.quality ?? 0.6) * 100), mozjpeg: false }).toBuffer()
}

export const SAMPLE_PERSON: IdCardText = {
  name: '张伟明',
  sex: '男',
  ethnicity: '汉',
  birth: '1988-06-15',
  address: '广东省开平市三埠街道港口路18号3栋502房',
  idNumber: '440783198806150014',
  authority: '开平市公安局',
  validFrom: '2015-06-15',
  validUntil: '2035-06-15'
}

export const SAMPLE_COMPANY: LicenceText = {
  uscc: '91440783MA4UABCD0A',
  name: '开平市碉楼文化传播有限公司',
  kind: '有限责任公司（自然人独资）',
  representative: '陈志强',
  capital: '人民币壹佰万元',
  founded: '2018-03-02',
  validUntil: '长期',
  address: '开平市三埠街道祥龙中银路2号',
  scope: '文化艺术交流活动策划；会议及展览服务；广告设计、代理'
}

/** What OCR should read off each generated document (core's field names). */
export function expectedFields(kind: 'id_front' | 'id_back' | 'license', p: IdCardText = SAMPLE_PERSON, c: LicenceText = SAMPLE_COMPANY): Record<string, string> {
  if (kind === 'id_front') return { name: p.name, idNumber: p.idNumber, address: p.address, sex: p.sex, ethnicity: p.ethnicity, birthDate: p.birth }
  if (kind === 'id_back') return { authority: p.authority, validFrom: p.validFrom, validUntil: p.validUntil }
  return { name: c.name, uscc: c.uscc, legalRepresentative: c.representative, address: c.address, validUntil: c.validUntil }
}

export function svgOf(kind: 'id_front' | 'id_back' | 'license', p: IdCardText = SAMPLE_PERSON, c: LicenceText = SAMPLE_COMPANY): string {
  return kind === 'id_front' ? idFrontSvg(p) : kind === 'id_back' ? idBackSvg(p) : licenceSvg(c)
}

/** Field → read exactly? (missing counts as wrong). */
export function scoreFields(expected: Record<string, string>, got: Record<string, string | undefined>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, got[k] === v]))
}

/** Photographed variants used by tests and the bench: mild to harsh. */
export const PHOTO_VARIANTS: ReadonlyArray<Omit<PhotoOptions, 'width' | 'height'>> = [
  { angle: 2, blur: 0.8, noise: 5, unevenLight: 0.2, quality: 0.7, seed: 11 },
  { angle: -4, blur: 1.2, noise: 9, unevenLight: 0.4, quality: 0.55, seed: 12 },
  { angle: 6, blur: 1.5, noise: 12, unevenLight: 0.5, quality: 0.5, seed: 13 }
]
