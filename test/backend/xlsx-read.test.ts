/**
 * The one .xlsx reader every upload goes through (legacy register, bulk accounts). It reads the zip
 * from its directory and inflates only the parts it needs, so what it returns never depends on
 * timing, and text is decoded across chunk boundaries, so Chinese survives whole.
 *
 * Two defects of the streaming reader it replaced are pinned here: unzipper's Parse said 'end' as
 * soon as it reached the zip's end record, while entries still waited for a busy reader, so a good
 * file was sometimes answered 无法读取该文件 (CI, org-bulk e2e; 1–2 in 300 reads at four at a time);
 * and exceljs decoded each 16 KB chunk on its own, so a character split between two chunks became
 * '�' (9 of 3,000 names in a generated register).
 */
import ExcelJS from 'exceljs'
import { readXlsxSheet, writeXlsxSheet, type SheetBounds } from '../../backend/services/xlsx-read'
import { zipClaiming } from './support/zip-bomb'

const bounds = (over: Partial<SheetBounds> = {}): SheetBounds => ({ field: 'file', maxBytes: 10 * 1024 * 1024, maxUnzippedBytes: 64 * 1024 * 1024, maxRows: 10_000, maxCols: 50, ...over })

const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('read when it should have been refused') }, (e: { message: string; fields?: Record<string, string> }) => e)

/** A template-like workbook: a data sheet named 账号 after a notes sheet, rows as a person types them. */
async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const notes = wb.addWorksheet('填写说明')
  notes.addRow(['列名', '说明'])
  notes.addRow(['账号名称', '平台上显示的名称'])
  const ws = wb.addWorksheet('账号')
  ws.addRow(['账号名称', '粉丝数', '开通日期', '是否开展直播'])
  for (let i = 1; i <= rows; i++) ws.addRow([`侨乡文旅${i}号`, 5200 + i, new Date(Date.UTC(2024, 1, i % 28 + 1)), i % 2 ? '是' : '否'])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('when many small uploads are read one after another and two at a time, then every one is read whole (none is answered 无法读取该文件)', async () => {
  const file = await workbook(30)
  let next = 0
  const outcomes: string[] = []
  const worker = async () => {
    while (next < 300) {
      next++
      outcomes.push(await readXlsxSheet(file, bounds({ sheetName: '账号' })).then((s) => `${s.rows.length} ${s.rows[29][0]}`, (e: Error) => e.message))
    }
  }
  await Promise.all(Array.from({ length: 2 }, worker))
  expect(outcomes.filter((o) => o !== '30 侨乡文旅30号')).toEqual([])
})

test('when a register\'s Chinese text runs past the reader\'s chunks, then every name reads back whole', async () => {
  const names = Array.from({ length: 3000 }, (_, i) => `开平市侨乡文旅传媒有限公司第${'零一二三四五六七八九'[i % 10]}分公司${i}`)
  const file = await writeXlsxSheet('登记表', ['主体名称', '序号'], names.map((n, i) => [n, i]))
  const sheet = await readXlsxSheet(file, bounds())
  expect(sheet.rows.map((r) => r[0]).filter((n, i) => n !== names[i])).toEqual([])
})

test('when a sheet is named, then that sheet is read; when it is not there, then the workbook\'s first sheet is', async () => {
  const file = await workbook(3)
  const named = await readXlsxSheet(file, bounds({ sheetName: '账号' }))
  expect(named.header).toEqual(['账号名称', '粉丝数', '开通日期', '是否开展直播'])
  expect(named.rows).toEqual([['侨乡文旅1号', 5201, '2024-02-02', '是'], ['侨乡文旅2号', 5202, '2024-02-03', '否'], ['侨乡文旅3号', 5203, '2024-02-04', '是']])
  const first = await readXlsxSheet(file, bounds({ sheetName: '不存在' }))
  expect(first.header).toEqual(['列名', '说明'])
})

test('when the sheet has more rows than allowed, then it is refused on the caller\'s field with the limit', async () => {
  const e = await failure(readXlsxSheet(await workbook(30), bounds({ sheetName: '账号', maxRows: 11, field: 'fileId' })))
  expect(e).toMatchObject({ message: '表格行数过多（最多10行数据），请分批导入', fields: { fileId: '表格行数过多（最多10行数据），请分批导入' } })
})

test('when a zip\'s directory understates what a part inflates to, then inflating stops at the stated size and the file is refused', async () => {
  const file = await workbook(30)
  // The central directory says the data sheet (several KB) inflates to 100 bytes: a bomb that lies.
  const name = Buffer.from('xl/worksheets/sheet2.xml')
  let at = -1
  for (let i = file.indexOf(name); i >= 0; i = file.indexOf(name, i + 1)) if (file.readUInt32LE(i - 46) === 0x02014b50) at = i - 46
  file.writeUInt32LE(100, at + 24)
  const e = await failure(readXlsxSheet(file, bounds({ sheetName: '账号' })))
  expect(e.message).toBe('表格解压后过大，请删除多余内容或分批导入')
})

test('when the bytes are not a workbook (not a zip, a truncated zip, a zip of something else), then the answer says to save as .xlsx', async () => {
  const file = await workbook(3)
  for (const bytes of [Buffer.from('not a zip at all'), file.subarray(0, file.length - 40), zipClaiming(4)]) {
    const e = await failure(readXlsxSheet(bytes, bounds()))
    expect(e.message).toContain('无法读取该文件，请确认是 .xlsx 格式的表格')
  }
})
