/**
 * Draws a generated notice (约谈通知书, 责令整改通知书) like an office document: A4 at 150 dpi,
 * title, number, addressee, indented paragraphs, numbered items, office and date, contact line.
 * Drawn on the phone from the notice's data: the cloud runtime has no CJK fonts, and the record
 * stays text the office can search and audit.
 */
import type { DrawContext } from '../../services/image'
import { wrapText } from '../ui'
import type { NoticeDoc } from './case-api'

export const NOTICE_WIDTH = 1240
export const NOTICE_HEIGHT = 1754
const M = 130
const BODY = 34
const LINE = 58

export function drawNotice (ctx: DrawContext, doc: NoticeDoc): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, NOTICE_WIDTH, NOTICE_HEIGHT)
  ctx.fillStyle = '#000000'
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'center'
  ctx.font = 'bold 52px sans-serif'
  ctx.fillText(doc.office, NOTICE_WIDTH / 2, 170)
  ctx.font = 'bold 60px sans-serif'
  ctx.fillText(doc.title, NOTICE_WIDTH / 2, 260)
  ctx.font = `${BODY - 4}px sans-serif`
  ctx.fillText(doc.number, NOTICE_WIDTH / 2, 340)
  ctx.strokeStyle = '#c9201a'
  ctx.lineWidth = 4
  ctx.beginPath()
  ctx.moveTo(M, 380)
  ctx.lineTo(NOTICE_WIDTH - M, 380)
  ctx.stroke()

  const width = NOTICE_WIDTH - 2 * M
  let y = 460
  ctx.textAlign = 'left'
  ctx.font = `${BODY}px sans-serif`
  for (const line of wrapText(ctx, doc.addressee, width)) { ctx.fillText(line, M, y); y += LINE }
  for (const p of doc.paragraphs.slice(0, 1)) paragraph(p)
  doc.items.forEach((item, n) => paragraph(`${n + 1}. ${item}`))
  for (const p of doc.paragraphs.slice(1)) paragraph(p)

  function paragraph (text: string) {
    // First line indented by two characters, as in an official document.
    const first = wrapText(ctx, text, width - 2 * BODY)[0] ?? ''
    ctx.fillText(first, M + 2 * BODY, y)
    y += LINE
    const rest = text.slice(first.length)
    if (rest) for (const line of wrapText(ctx, rest, width)) { ctx.fillText(line, M, y); y += LINE }
    y += 12
  }

  ctx.textAlign = 'right'
  y = Math.max(y + 80, NOTICE_HEIGHT - 360)
  ctx.fillText(doc.office, NOTICE_WIDTH - M, y)
  ctx.fillText(doc.date, NOTICE_WIDTH - M, y + LINE)
  ctx.textAlign = 'left'
  ctx.font = `${BODY - 6}px sans-serif`
  ctx.fillText(doc.contact, M, NOTICE_HEIGHT - 130)
}
