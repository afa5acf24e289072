import Taro from '@tarojs/taro'

/**
 * An .xlsx the person keeps or picks (bulk accounts): saved from base64 and opened in the system
 * viewer (forward, save, open in WPS), and picked from a WeChat chat (the usual way a file reaches a
 * phone: chooseMessageFile) and read as base64. The h5 variant is spreadsheet-file.h5.ts.
 */
export async function saveSpreadsheet (base64: string, fileName: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: (e) => reject(new Error(e.errMsg)) })
  })
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}

/** The chosen file as base64, or null when the person backed out. */
export async function pickSpreadsheet (): Promise<{ name: string, base64: string } | null> {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
  } catch {
    return null
  }
  const file = chosen.tempFiles[0]
  if (file === undefined) return null
  const data = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({ filePath: file.path, encoding: 'base64', success: (r) => resolve(String(r.data)), fail: (e) => reject(new Error(e.errMsg)) })
  })
  return { name: file.name, base64: data }
}
