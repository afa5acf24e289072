import Taro from '@tarojs/taro'
import type { ZodType, ZodTypeDef } from 'zod'

/** Typed local storage: values are parsed on the way out, so a stale or tampered entry reads as absent. */
export function readStored<T> (key: string, schema: ZodType<T, ZodTypeDef, unknown>): T | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return undefined
    const parsed = schema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw)
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function writeStored (key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export function removeStored (key: string): void {
  try { Taro.removeStorageSync(key) } catch { /* nothing stored is fine */ }
}
