import Taro from '@tarojs/taro'

/** A PDF the applicant picked, ready to upload (a temp path on weapp, a blob URL on h5). */
export interface PickedFile {
  path: string
  name: string
  bytes: number
}

/**
 * weapp: a PDF from a WeChat chat (wx.chooseMessageFile), where people keep scans they were
 * sent; null when they cancel. The server decides from the bytes what the file really is.
 */
export async function choosePdf (): Promise<PickedFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    const f = res.tempFiles[0]
    return f === undefined ? null : { path: f.path, name: f.name, bytes: f.size }
  } catch {
    return null
  }
}

/** weapp: an .xlsx from a WeChat chat (the usual way a spreadsheet reaches a phone); null when cancelled. */
export async function chooseXlsx (): Promise<PickedFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    const f = res.tempFiles[0]
    return f === undefined ? null : { path: f.path, name: f.name, bytes: f.size }
  } catch {
    return null
  }
}
