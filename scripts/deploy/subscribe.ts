/**
 * SUBSCRIBE_TEMPLATES / SUBSCRIBE_LONG_TERM as the functions read them (agreed format:
 * `{ "<kind>": { "id": "<template id>", "keys": { "<slot>": "<WeChat key>" } } }` and "true"|"false").
 *
 * TEMPORARY local adapter: the template kinds, their slots and which key types suit each slot are
 * core's to define (`parseSubscribeSettings` in src/core, being written beside this). Until it
 * lands in main this file checks the same format with a provisional slot table; then the doctor
 * calls core's parser and this file goes.
 */

export interface ConfigProblem {
  path: string
  zh: string
  en: string
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] }
export interface TemplateConfig { id: string; keys: Record<string, string> }
export interface SubscribeSettings { templates: Record<string, TemplateConfig>; longTerm: boolean }

const KEY = /^(thing|phrase|character_string|number|name|time|date|letter|symbol|amount|phone_number|car_number)([1-9]\d{0,2})$/
/** Provisional: slot name → key types whose rules its value fits. */
const SLOT_TYPES: Record<string, string[]> = {
  accountName: ['thing'],
  status: ['phrase', 'thing'],
  result: ['phrase', 'thing'],
  time: ['time', 'date'],
  deadline: ['time', 'date'],
  remark: ['thing'],
  fields: ['thing'],
  filingNumber: ['character_string', 'thing'],
  receiptNumber: ['character_string', 'thing'],
  noticeType: ['thing', 'phrase']
}

export function keyType(key: string): string | null {
  const m = KEY.exec(key)
  return m ? m[1] : null
}

export function parseSubscribeSettings(env: { SUBSCRIBE_TEMPLATES?: string; SUBSCRIBE_LONG_TERM?: string }): Parsed<SubscribeSettings> {
  const problems: ConfigProblem[] = []
  const templates: Record<string, TemplateConfig> = {}
  const text = env.SUBSCRIBE_TEMPLATES ?? ''
  if (text.trim() !== '') {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (e) {
      return { ok: false, problems: [{ path: '', zh: 'SUBSCRIBE_TEMPLATES 不是合法的 JSON', en: `SUBSCRIBE_TEMPLATES is not valid JSON: ${(e as Error).message}` }] }
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { ok: false, problems: [{ path: '', zh: 'SUBSCRIBE_TEMPLATES 应为对象', en: 'SUBSCRIBE_TEMPLATES must be an object keyed by template kind' }] }
    }
    for (const [kind, raw] of Object.entries(json as Record<string, unknown>)) {
      const t = raw as { id?: unknown; keys?: unknown }
      if (typeof t?.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(t.id)) {
        problems.push({ path: `${kind}.id`, zh: `${kind}.id 应为模板ID（1至64位字母、数字、_ 或 -）`, en: `${kind}.id must be a template id` })
      }
      const keys = (typeof t?.keys === 'object' && t.keys !== null ? t.keys : {}) as Record<string, unknown>
      for (const [slot, key] of Object.entries(keys)) {
        const type = typeof key === 'string' ? keyType(key) : null
        if (type === null) problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind}.keys.${slot} 应为微信模板字段名，如 thing1、phrase2`, en: `${kind}.keys.${slot} must be a WeChat data key such as thing1` })
        else if (SLOT_TYPES[slot] && !SLOT_TYPES[slot].includes(type)) {
          problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind}.keys.${slot} 的字段类型应为 ${SLOT_TYPES[slot].join(' 或 ')}，而不是 ${type}`, en: `${kind}.keys.${slot} must be of type ${SLOT_TYPES[slot].join(' or ')}, not ${type}` })
        }
      }
      if (typeof t?.id === 'string') templates[kind] = { id: t.id, keys: keys as Record<string, string> }
    }
  }
  const lt = (env.SUBSCRIBE_LONG_TERM ?? '').trim()
  if (lt !== '' && lt !== 'true' && lt !== 'false') problems.push({ path: 'SUBSCRIBE_LONG_TERM', zh: 'SUBSCRIBE_LONG_TERM 应为 true 或 false', en: 'SUBSCRIBE_LONG_TERM must be "true" or "false"' })
  return problems.length ? { ok: false, problems } : { ok: true, value: { templates, longTerm: lt === 'true' } }
}
