/**
 * The 登记备案表 drawn from the entered data, laid out like the office's Word form: title, a
 * bordered table of the subject, the operations person, the accounts, the commitment and a box
 * for the unit's stamp. A4 at 150 dpi so a print-out is sharp. ID numbers are printed masked:
 * the office already holds them, and the image may sit in a photo album.
 */
import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import { registrationForm, type FormLine } from '../../core/filing/registration-form'
import { localDate } from '../../core/dates'
import type { DrawContext } from '../../services/image'
import { wrapText } from '../ui'
import type { Draft } from './model'
import { commitmentText } from './texts'

export const FORM_WIDTH = 1240
export const FORM_HEIGHT = 1754
const M = 90
const LINE = '#000000'

function cell (ctx: DrawContext, x: number, y: number, w: number, h: number, text: string, opts: { bold?: boolean, center?: boolean, size?: number } = {}) {
  ctx.strokeRect(x, y, w, h)
  const size = opts.size ?? 26
  ctx.font = `${opts.bold ? 'bold ' : ''}${size}px sans-serif`
  const lines = wrapText(ctx, text, w - 20).slice(0, Math.max(1, Math.floor((h - 8) / (size + 6))))
  const top = y + (h - lines.length * (size + 6)) / 2 + (size + 6) / 2
  ctx.textAlign = opts.center ? 'center' : 'left'
  lines.forEach((l, i) => ctx.fillText(l, opts.center ? x + w / 2 : x + 10, top + i * (size + 6)))
}

export function drawRegistrationForm (ctx: DrawContext, content: Draft, cfg: JurisdictionConfig, now: Date): void {
  const s = content.subject ?? {}
  const form = registrationForm(content, cfg)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, FORM_WIDTH, FORM_HEIGHT)
  ctx.fillStyle = '#000000'
  ctx.strokeStyle = LINE
  ctx.lineWidth = 2
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'center'
  ctx.font = 'bold 44px sans-serif'
  ctx.fillText(`${cfg.cityName}网络平台账号登记备案表`, FORM_WIDTH / 2, 110)
  ctx.font = '24px sans-serif'
  ctx.textAlign = 'right'
  ctx.fillText(`填表日期：${localDate(now, cfg.timezone)}`, FORM_WIDTH - M, 170)

  const W = FORM_WIDTH - 2 * M
  const L = 220
  let y = 200
  const row = (pairs: Array<[string, string]>, h = 64) => {
    const per = W / pairs.length
    pairs.forEach(([k, v], i) => {
      cell(ctx, M + i * per, y, L, h, k, { bold: true, center: true })
      cell(ctx, M + i * per + L, y, per - L, h, v)
    })
    y += h
  }
  /** The catalogue's lines, two short ones side by side, a wide one alone. */
  const rows = (lines: FormLine[]) => {
    let half: [string, string] | null = null
    for (const l of lines) {
      if (l.wide) {
        if (half) { row([half]); half = null }
        row([[l.label, l.value]])
      } else if (half) { row([half, [l.label, l.value]]); half = null } else half = [l.label, l.value]
    }
    if (half) row([half])
  }
  const org = s.type !== 'individual'
  cell(ctx, M, y, W, 56, '一、备案主体信息', { bold: true }); y += 56
  rows(form.subject)
  cell(ctx, M, y, W, 56, '二、运维负责人', { bold: true }); y += 56
  if (form.operator === null) row([['姓名', `${s.name ?? ''}（本人）`], ['联系电话', s.phone ?? '']])
  else rows(form.operator)
  cell(ctx, M, y, W, 56, '三、备案账号', { bold: true }); y += 56
  const widths = [90, 180, 300, 260, 120, W - 950]
  const cols = ['序号', ...form.accounts.columns]
  let x = M
  cols.forEach((h, c) => { cell(ctx, x, y, widths[c], 56, h, { bold: true, center: true, size: 24 }); x += widths[c] })
  y += 56
  const shown = form.accounts.rows.slice(0, 10)
  shown.forEach((vals, i) => {
    x = M
    ;[String(i + 1), ...vals].forEach((v, c) => { cell(ctx, x, y, widths[c], 56, v, { center: c !== 2 && c !== 3, size: 22 }); x += widths[c] })
    y += 56
  })
  const more = form.accounts.rows.length - shown.length
  if (more > 0) { cell(ctx, M, y, W, 56, `另有${more}个账号，详见系统备案记录`, { size: 22 }); y += 56 }
  cell(ctx, M, y, W, 56, '四、承诺', { bold: true }); y += 56
  const promise = commitmentText(cfg.office.name).join('')
  ctx.font = '24px sans-serif'
  const lines = wrapText(ctx, promise, W - 40)
  const ph = lines.length * 34 + 30
  ctx.strokeRect(M, y, W, ph)
  ctx.textAlign = 'left'
  lines.forEach((l, i) => ctx.fillText(l, M + 20, y + 30 + i * 34))
  y += ph
  const sh = Math.max(220, Math.min(360, FORM_HEIGHT - 120 - y))
  cell(ctx, M, y, L, sh, org ? '单位盖章' : '本人签名', { bold: true, center: true })
  ctx.strokeRect(M + L, y, W - L, sh)
  ctx.font = '24px sans-serif'
  ctx.textAlign = 'right'
  ctx.fillText('年    月    日', M + W - 30, y + sh - 36)
  ctx.textAlign = 'center'
  ctx.font = '22px sans-serif'
  ctx.fillText(`${cfg.office.name} 制  ·  联系电话 ${cfg.office.phone}`, FORM_WIDTH / 2, FORM_HEIGHT - 60)
}
