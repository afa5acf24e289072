import Taro from '@tarojs/taro'

/**
 * Reaching the office from its contact card: a tap on the phone number dials it, a tap on the
 * e-mail address copies it (a mini-program cannot open a mail app). Both best effort.
 */
export function dial (phone: string): void {
  const digits = phone.replace(/[^\d+]/g, '')
  void Promise.resolve(Taro.makePhoneCall({ phoneNumber: digits })).catch(() => undefined)
}

export function writeEmail (address: string, copied: string): void {
  void Promise.resolve(Taro.setClipboardData({ data: address }))
    .then(() => Taro.showToast({ title: copied, icon: 'none' }))
    .catch(() => undefined)
}
