/**
 * The 登记备案表 drawn from the entered data, laid out like the office's Word form: title, a
 * bordered table of the subject, the operations person, the accounts, the commitment and a box
 * for the unit's stamp. A4 at 150 dpi so a print-out is sharp. Pages follow core's `formPages`:
 * accounts past the tenth continue on further pages and every other collected field follows on
 * detail pages. ID numbers are masked except the operator's on an organisation's (stamped) copy.
 */
import { FORM_ACCOUNTS_PER_PAGE, FORM_SECTION_TITLES, formPages, formRowCount, type FormLine, type FormPage, type FormSheet, type RegistrationForm } from '../../core/filing/registration-form'
import type { DrawContext } from '../../services/image'
import { wrapText } from '../ui'
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

/** Printed between the operator and the accounts when an agency files for the subject. */
export const AGENCY_HEADING = '受托代理机构（委托代理备案）'

const ROW = 56
const HEAD = 48
const TROW = 48
const STAMP = 180
const COMMITMENT = 230

/** How many account rows the first page has room for below the subject and operator blocks. */
function firstPageRoom (form: RegistrationForm): number {
  const agency = form.agency === null ? 0 : HEAD + ROW * formRowCount(form.agency)
  const above = 200 + 4 * HEAD + agency + ROW * (formRowCount(form.subject) + (form.operator === null ? 1 : formRowCount(form.operator))) + TROW + ROW
  return Math.min(FORM_ACCOUNTS_PER_PAGE, Math.floor((FORM_HEIGHT - 110 - STAMP - COMMITMENT - above) / TROW))
}

/** The sheet's pages (how many images to draw). */
export function registrationFormPages (sheet: FormSheet): FormPage[] {
  return formPages(sheet.form, firstPageRoom(sheet.form))
}

/** Account table columns: wide enough that a date or an ID is never cut (dates need ~130 px). */
const WIDTHS = [80, 150, 280, 250, 130, 170]

/** Draws one page of a sheet: a live one (the wizard) or the one frozen at submission (staff). */
export function drawRegistrationForm (ctx: DrawContext, sheet: FormSheet, pageIndex = 0): void {
  const form = sheet.form
  const pages = registrationFormPages(sheet)
  const page = pages[Math.min(pageIndex, pages.length - 1)]
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, FORM_WIDTH, FORM_HEIGHT)
  ctx.fillStyle = '#000000'
  ctx.strokeStyle = LINE
  ctx.lineWidth = 2
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'center'
  ctx.font = 'bold 44px sans-serif'
  ctx.fillText(`${sheet.cityName}网络平台账号登记备案表${page.kind === 'main' ? '' : '（续页）'}`, FORM_WIDTH / 2, 110)
  ctx.font = '24px sans-serif'
  ctx.textAlign = 'right'
  ctx.fillText(`填表日期：${sheet.date}`, FORM_WIDTH - M, 170)
  ctx.textAlign = 'left'
  ctx.fillText(`主体名称：${sheet.subjectName}`, M, 170)

  const W = FORM_WIDTH - 2 * M
  const L = 220
  let y = 200
  const row = (pairs: Array<[string, string]>, h = ROW) => {
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
  const table = (from: number, vals: string[][]) => {
    const cols = ['序号', ...form.accounts.columns]
    let x = M
    cols.forEach((h, c) => { cell(ctx, x, y, WIDTHS[c], TROW, h, { bold: true, center: true, size: 22 }); x += WIDTHS[c] })
    y += TROW
    vals.forEach((v, i) => {
      x = M
      ;[String(from + i + 1), ...v].forEach((t, c) => { cell(ctx, x, y, WIDTHS[c], TROW, t, { center: c !== 2 && c !== 3, size: 22 }); x += WIDTHS[c] })
      y += TROW
    })
  }
  const footer = () => {
    ctx.textAlign = 'center'
    ctx.font = '22px sans-serif'
    ctx.fillText(`第 ${pageIndex + 1} 页  共 ${pages.length} 页  ·  ${sheet.officeName} 制  ·  联系电话 ${sheet.officePhone}`, FORM_WIDTH / 2, FORM_HEIGHT - 60)
  }

  if (page.kind === 'accounts') {
    cell(ctx, M, y, W, HEAD, `三、备案账号（续，第${page.accountsFrom + 1}至${page.accountsFrom + page.rows.length}个）`, { bold: true }); y += HEAD
    table(page.accountsFrom, page.rows)
    footer()
    return
  }
  if (page.kind === 'details') {
    cell(ctx, M, y, W, HEAD, FORM_SECTION_TITLES.details, { bold: true }); y += HEAD
    for (const b of page.blocks) {
      cell(ctx, M, y, W, 48, b.title, { bold: true, size: 24 }); y += 48
      for (const l of b.lines) row([[l.label, l.value]], 48)
    }
    footer()
    return
  }

  const org = sheet.org
  cell(ctx, M, y, W, HEAD, '一、备案主体信息', { bold: true }); y += HEAD
  rows(form.subject)
  cell(ctx, M, y, W, HEAD, '二、运维负责人', { bold: true }); y += HEAD
  if (form.operator === null) row([['姓名', `${sheet.self?.name ?? sheet.subjectName}（本人）`], ['联系电话', sheet.self?.phone ?? '']])
  else rows(form.operator)
  if (form.agency !== null) {
    cell(ctx, M, y, W, HEAD, AGENCY_HEADING, { bold: true }); y += HEAD
    rows(form.agency)
  }
  cell(ctx, M, y, W, HEAD, '三、备案账号', { bold: true }); y += HEAD
  table(0, page.rows)
  const more = form.accounts.rows.length - page.rows.length
  if (more > 0) { cell(ctx, M, y, W, ROW, `另有${more}个账号，见续页`, { size: 22 }); y += ROW }
  cell(ctx, M, y, W, HEAD, '四、承诺', { bold: true }); y += HEAD
  const promise = commitmentText(sheet.officeName).join('')
  ctx.font = '24px sans-serif'
  const lines = wrapText(ctx, promise, W - 40)
  const ph = lines.length * 34 + 30
  ctx.strokeRect(M, y, W, ph)
  ctx.textAlign = 'left'
  lines.forEach((l, i) => ctx.fillText(l, M + 20, y + 30 + i * 34))
  y += ph
  const sh = Math.max(STAMP, Math.min(360, FORM_HEIGHT - 110 - y))
  cell(ctx, M, y, L, sh, org ? '单位盖章' : '本人签名', { bold: true, center: true })
  ctx.strokeRect(M + L, y, W - L, sh)
  ctx.font = '24px sans-serif'
  ctx.textAlign = 'right'
  ctx.fillText('年    月    日', M + W - 30, y + sh - 36)
  footer()
}
