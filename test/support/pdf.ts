/**
 * Small, valid PDF scans for tests (a page of text each, correct cross-reference table), and the
 * hostile variants the server must refuse. Built byte by byte so nothing outside the repository
 * is needed; every reader (Chromium's viewer included) opens the clean ones.
 */
import { deflateSync } from 'node:zlib'

export interface PdfOptions {
  pages?: number
  /** Extra entries in the catalog dictionary, e.g. `/OpenAction 99 0 R`. */
  catalog?: string
  /** Objects (dictionaries) packed into a FlateDecode object stream, where a scanner reading only plain text misses them. */
  compressed?: string[]
  /** Extra plain objects, numbered after the others. */
  objects?: string[]
  /** Bytes appended after %%EOF. */
  trailing?: Buffer
  /** Extra trailer entries, e.g. `/Encrypt 99 0 R`. */
  trailer?: string
}

export function makePdf(opts: PdfOptions = {}): Buffer {
  const pages = opts.pages ?? 1
  const objs: Array<string | Buffer> = []
  const font = 3
  const firstPage = 4
  const pageIds = Array.from({ length: pages }, (_, i) => firstPage + i * 2)
  objs[1] = `<< /Type /Catalog /Pages 2 0 R${opts.catalog ? ' ' + opts.catalog : ''} >>`
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`
  objs[font] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  pageIds.forEach((id, i) => {
    const text = `BT /F1 28 Tf 72 720 Td (Scan page ${i + 1} of ${pages}) Tj ET`
    objs[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${id + 1} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`
    objs[id + 1] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`
  })
  let next = firstPage + pages * 2
  for (const o of opts.objects ?? []) objs[next++] = o
  if (opts.compressed && opts.compressed.length > 0) {
    const nums = opts.compressed.map((_, i) => next + 1 + i)
    let header = ''
    let body = ''
    opts.compressed.forEach((o, i) => {
      header += `${nums[i]} ${body.length} `
      body += o + '\n'
    })
    const packed = deflateSync(Buffer.from(header + body, 'latin1'))
    objs[next] = Buffer.concat([
      Buffer.from(`<< /Type /ObjStm /N ${nums.length} /First ${header.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream', 'latin1')
    ])
    next += 1 + nums.length
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  const offsets: number[] = []
  let size = parts[0].length
  for (let i = 1; i < objs.length; i++) {
    if (objs[i] === undefined) continue
    offsets[i] = size
    const o = objs[i]
    const chunk = Buffer.concat([Buffer.from(`${i} 0 obj\n`, 'latin1'), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(chunk)
    size += chunk.length
  }
  const count = objs.length
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`
  for (let i = 1; i < count; i++) xref += offsets[i] === undefined ? '0000000000 65535 f \n' : `${String(offsets[i]).padStart(10, '0')} 00000 n \n`
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${count} /Root 1 0 R${opts.trailer ? ' ' + opts.trailer : ''} >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'))
  if (opts.trailing) parts.push(opts.trailing)
  return Buffer.concat(parts)
}

/** A .docx is a ZIP: what a renamed Word file really holds. */
export function zipBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.from('word/document.xml'.padEnd(200, '\0'), 'latin1')])
}
