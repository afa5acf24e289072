/**
 * Cheap structural checks before zod: size, depth and prototype-pollution keys. zod strips
 * unknown keys, but refusing outright keeps hostile payloads out of logs and records.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
export const MAX_EVENT_CHARS = 256 * 1024
const MAX_DEPTH = 12

export type GuardResult = { ok: true } | { ok: false; message: string }

export function guardInput(value: unknown): GuardResult {
  let size: number
  try {
    size = JSON.stringify(value ?? null).length
  } catch {
    return { ok: false, message: '提交的数据格式无法识别，请刷新后重试' }
  }
  if (size > MAX_EVENT_CHARS) return { ok: false, message: '提交的数据过大（超过 256 KB），请精简填写内容或减少附件后重试' }
  const walk = (v: unknown, depth: number): GuardResult => {
    if (depth > MAX_DEPTH) return { ok: false, message: '提交的数据层级过深，请刷新后重试' }
    if (v === null || typeof v !== 'object') return { ok: true }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, message: `提交的数据包含不允许的字段名“${key}”，请刷新后重试` }
      const r = walk((v as Record<string, unknown>)[key], depth + 1)
      if (!r.ok) return r
    }
    return { ok: true }
  }
  return walk(value, 0)
}
