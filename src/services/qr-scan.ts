/** weapp: WeChat's own scanner (camera only, QR codes). Resolves null when the user cancels. */
import Taro from '@tarojs/taro'

export async function scanQrCode (): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return typeof res.result === 'string' && res.result.length > 0 ? res.result : null
  } catch {
    return null
  }
}

/** h5 decodes frames itself (qr-scan.h5.ts); weapp never calls this. */
export function decodeQr (_image: { data: Uint8ClampedArray, width: number, height: number }): string | null {
  return null
}
