import { browserDownload } from './browser-download'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** h5: the browser's own download of the file. */
export async function saveSpreadsheet (base64: string, fileName: string): Promise<void> {
  browserDownload(`data:${XLSX_TYPE};base64,${base64}`, fileName)
}

/** h5: the browser's file picker (a hidden <input type=file>), read as base64; null when cancelled. */
export function pickSpreadsheet (): Promise<{ name: string, base64: string } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = `.xlsx,${XLSX_TYPE}`
    input.style.display = 'none'
    input.addEventListener('cancel', () => { input.remove(); resolve(null) })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (file === undefined) { resolve(null); return }
      const reader = new FileReader()
      reader.onload = () => resolve({ name: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') })
      reader.onerror = () => reject(new Error('read failed'))
      reader.readAsDataURL(file)
    })
    document.body.appendChild(input)
    input.click()
  })
}
