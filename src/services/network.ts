import Taro from '@tarojs/taro'

/** Calls `onOnline` whenever the device gets a connection back; returns an unsubscribe. */
export function whenOnline (onOnline: () => void): () => void {
  const listener = (res: { isConnected: boolean }) => { if (res.isConnected) onOnline() }
  try {
    Taro.onNetworkStatusChange(listener)
  } catch {
    return () => undefined
  }
  return () => { try { Taro.offNetworkStatusChange(listener) } catch { /* older base libraries */ } }
}
