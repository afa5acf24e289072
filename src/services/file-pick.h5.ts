/** h5 preview: a PDF from the computer or phone through a file input; null when cancelled. */
export type { PickedFile } from './file-pick'
import type { PickedFile } from './file-pick'

export function choosePdf (): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'application/pdf,.pdf'
    input.setAttribute('aria-label', '选择 PDF 扫描件')
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
