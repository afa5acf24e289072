import Taro from '@tarojs/taro'

/** A file the person picked, ready to upload (a temp path on weapp, a blob URL on h5). */
export interface PickedFile {
  path: string
  name: string
  bytes: number
}

/** One file of this extension from a WeChat chat (wx.chooseMessageFile); null when they cancel. */
async function fromChat (extension: string): Promise<PickedFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [extension] })
    const f = res.tempFiles[0]
    return f === undefined ? null : { path: f.path, name: f.name, bytes: f.size }
  } catch {
    return null
  }
}

/**
 * weapp: a PDF from a WeChat chat, where people keep scans they were sent. The server decides
 * from the bytes what the file really is.
 */
export function choosePdf (): Promise<PickedFile | null> {
  return fromChat('pdf')
}

/** weapp: an .xlsx from a WeChat chat (the usual way a spreadsheet reaches a phone: the legacy register). */
export function chooseXlsx (): Promise<PickedFile | null> {
  return fromChat('xlsx')
}
