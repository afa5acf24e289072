/**
 * Hands a captured photo from the capture page back to the slot that opened it. Taro's event
 * centre lives in the runtime shared by every package, so this works across subpackages on
 * weapp (where a module-level map could be duplicated per subpackage) and on h5.
 */
import Taro from '@tarojs/taro'

const topic = (requestId: string) => `capture:done:${requestId}`

/** Listens for one result of `requestId`; returns a function that stops listening. */
export function onCaptureResult<T>(requestId: string, cb: (result: T) => void): () => void {
  const handler = (result: T) => cb(result)
  Taro.eventCenter.once(topic(requestId), handler)
  return () => { Taro.eventCenter.off(topic(requestId), handler) }
}

export function emitCaptureResult<T>(requestId: string, result: T): void {
  Taro.eventCenter.trigger(topic(requestId), result)
}
