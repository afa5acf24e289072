/** h5 preview: a PDF from the computer or phone through a file input; null when cancelled. */
export type { PickedFile } from './file-pick'
import type { PickedFile } from './file-pick'

export function choosePdf (): Promise<PickedFile | null> {
  return pick('application/pdf,.pdf', '选择 PDF 扫描件')
}

/** h5 preview: an .xlsx spreadsheet (the legacy register) through a file input; null when cancelled. */
export function chooseXlsx (): Promise<PickedFile | null> {
  return pick('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '选择 .xlsx 表格')
}

function pick (accept: string, label: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.setAttribute('aria-label', label)
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const f = input.files?.[0]
      input.remove()
      resolve(f === undefined ? null : { path: URL.createObjectURL(f), name: f.name, bytes: f.size })
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(null)
    })
    document.body.appendChild(input)
    input.click()
  })
}
