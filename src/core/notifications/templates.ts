/**
 * Subscription-message templates: the kinds this product sends, the slots each carries and what
 * they mean. Which template a deployment uses for a kind, and the WeChat data key (thing1,
 * phrase2 …) of each slot, is configuration chosen in the MP console: the functions read it from
 * the environment (SUBSCRIBE_TEMPLATES, SUBSCRIBE_LONG_TERM) through `parseSubscribeSettings`,
 * which the deploy doctor reuses to validate the same text before a deploy.
 */
import { z } from 'zod'

/** WeChat data key types (the key is the type followed by a number: thing1, phrase2 …). */
export const WECHAT_KEY_TYPES = ['thing', 'phrase', 'character_string', 'number', 'name', 'time', 'date', 'letter', 'symbol', 'amount', 'phone_number', 'car_number'] as const
export type WechatKeyType = (typeof WECHAT_KEY_TYPES)[number]
const WECHAT_KEY = new RegExp(`^(${WECHAT_KEY_TYPES.join('|')})([1-9]\\d{0,2})$`)

export function keyType(key: string): WechatKeyType | null {
  const m = WECHAT_KEY.exec(key)
  return m ? (m[1] as WechatKeyType) : null
}

interface SlotSpec {
  /** What the slot carries (for the doctor and the README). */
  meaning: string
  /** Key types whose rules the value can be fitted into. */
  types: readonly WechatKeyType[]
  required: boolean
}

interface KindSpec {
  /** The library template to pick in the MP console (公共模板库 title). */
  title: string
  slots: Readonly<Record<string, SlotSpec>>
}

const TEXT: readonly WechatKeyType[] = ['thing']
const WHEN: readonly WechatKeyType[] = ['time', 'date']

/**
 * The template kinds. To add a message kind (a report closed, an activity invitation …): add its
 * template kind here if no existing one fits, then a message kind in ./policy.ts.
 */
export const TEMPLATE_KINDS = {
  /** 审核结果: approval with number, rejection, the office's cancellation. */
  reviewResult: {
    title: '审核结果通知',
    slots: {
      accountName: { meaning: '备案账号', types: TEXT, required: true },
      result: { meaning: '审核结果（≤5字，如 已通过）', types: ['phrase', 'thing'], required: true },
      time: { meaning: '审核时间', types: WHEN, required: false },
      remark: { meaning: '备注（备案号、理由）', types: TEXT, required: false },
      filingNumber: { meaning: '备案号', types: ['character_string', 'thing'], required: false }
    }
  },
  /** 补正提醒: a return for correction, with what to fix and by when. */
  correctionNeeded: {
    title: '补正提醒',
    slots: {
      accountName: { meaning: '备案账号', types: TEXT, required: true },
      fields: { meaning: '需修改的项目', types: TEXT, required: true },
      deadline: { meaning: '补正截止日期', types: WHEN, required: true },
      remark: { meaning: '退回原因', types: TEXT, required: false }
    }
  },
  /** 到期提醒: a deadline is near (e.g. the fix-by date of a returned filing). */
  deadlineReminder: {
    title: '到期提醒',
    slots: {
      accountName: { meaning: '备案账号', types: TEXT, required: true },
      deadline: { meaning: '截止日期', types: WHEN, required: true },
      remark: { meaning: '提醒内容', types: TEXT, required: false }
    }
  },
  /** 举报处理结果: to a reporter, when their report is closed (asked for in the report tap). */
  reportClosed: {
    title: '举报处理结果通知',
    slots: {
      receiptNumber: { meaning: '受理编号', types: ['character_string', 'thing'], required: true },
      accountName: { meaning: '被举报账号', types: TEXT, required: true },
      result: { meaning: '处理结果（≤5字，如 已办结）', types: ['phrase', 'thing'], required: true },
      time: { meaning: '办结时间', types: WHEN, required: false },
      remark: { meaning: '处理情况', types: TEXT, required: false }
    }
  },
  /** 监管通知: to an operator (督促, 约谈通知书, 整改通知书, verdicts, reminders of a case's deadline). */
  caseNotice: {
    title: '监管通知',
    slots: {
      accountName: { meaning: '账号名称', types: TEXT, required: true },
      noticeType: { meaning: '通知类型', types: ['thing', 'phrase'], required: true },
      deadline: { meaning: '截止或约谈时间', types: WHEN, required: true },
      remark: { meaning: '事项', types: TEXT, required: false }
    }
  },
  /** 活动通知: an invitation to an event of the office (新媒体课堂, 法规培训 …), asked for on the activities page. */
  activityInvite: {
    title: '活动报名提醒',
    slots: {
      title: { meaning: '活动名称', types: TEXT, required: true },
      time: { meaning: '活动时间', types: WHEN, required: true },
      place: { meaning: '活动地点', types: TEXT, required: false },
      remark: { meaning: '报名截止等说明', types: TEXT, required: false }
    }
  }
} as const satisfies Record<string, KindSpec>

/**
 * The kinds a filing's submit, resubmit and amend ask consent for (WeChat shows at most three per
 * prompt). The supervision kinds are asked where they matter: the report tap, the case page.
 */
export const FILING_PROMPT_KINDS = ['reviewResult', 'correctionNeeded', 'deadlineReminder'] as const satisfies readonly (keyof typeof TEMPLATE_KINDS)[]

export type TemplateKind = keyof typeof TEMPLATE_KINDS
export const TEMPLATE_KIND_NAMES = Object.keys(TEMPLATE_KINDS) as TemplateKind[]
export type SlotOf<K extends TemplateKind> = keyof (typeof TEMPLATE_KINDS)[K]['slots'] & string

export interface TemplateConfig {
  /** The template id from the MP console. */
  id: string
  /** slot → WeChat data key of this template. */
  keys: Record<string, string>
}
export type SubscribeTemplates = Partial<Record<TemplateKind, TemplateConfig>>

export interface SubscribeSettings {
  templates: SubscribeTemplates
  /** 长期订阅 (government-service mini-programs): consent does not run out, no credit counting. */
  longTerm: boolean
}

export interface ConfigProblem {
  /** Where, e.g. 'reviewResult.keys.result'. */
  path: string
  zh: string
  en: string
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] }

const Raw = z.record(z.unknown())
const RawTemplate = z.object({ id: z.unknown(), keys: z.unknown() }).passthrough()

/**
 * Parses SUBSCRIBE_TEMPLATES: `{ "<kind>": { "id": "<template id>", "keys": { "<slot>": "<key>" } } }`.
 * Empty or missing text means no templates (nothing is sent; staff see 未订阅). Every problem is
 * reported at once, in Chinese and English.
 */
export function parseSubscribeTemplates(text: string | undefined | null): Parsed<SubscribeTemplates> {
  if (text === undefined || text === null || text.trim() === '') return { ok: true, value: {} }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { ok: false, problems: [{ path: '', zh: 'SUBSCRIBE_TEMPLATES 不是合法的 JSON', en: `SUBSCRIBE_TEMPLATES is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] }
  }
  const top = Raw.safeParse(json)
  if (!top.success || Array.isArray(json)) {
    return { ok: false, problems: [{ path: '', zh: 'SUBSCRIBE_TEMPLATES 应为对象：{"reviewResult":{"id":"…","keys":{…}}}', en: 'SUBSCRIBE_TEMPLATES must be an object keyed by template kind' }] }
  }
  const problems: ConfigProblem[] = []
  const value: SubscribeTemplates = {}
  const ids = new Map<string, string>()
  for (const [kind, raw] of Object.entries(top.data)) {
    if (!(kind in TEMPLATE_KINDS)) {
      problems.push({ path: kind, zh: `未知的模板类型“${kind}”，可用：${TEMPLATE_KIND_NAMES.join('、')}`, en: `unknown template kind "${kind}"; known: ${TEMPLATE_KIND_NAMES.join(', ')}` })
      continue
    }
    const spec: KindSpec = TEMPLATE_KINDS[kind as TemplateKind]
    const t = RawTemplate.safeParse(raw)
    if (!t.success) {
      problems.push({ path: kind, zh: `${kind} 应为 {"id":"模板ID","keys":{…}}`, en: `${kind} must be {"id": "...", "keys": {...}}` })
      continue
    }
    const id = t.data.id
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      problems.push({ path: `${kind}.id`, zh: `${kind}.id 应为模板ID（1至64位字母、数字、_ 或 -）`, en: `${kind}.id must be a template id (1-64 of A-Z a-z 0-9 _ -)` })
    } else if (ids.has(id)) {
      problems.push({ path: `${kind}.id`, zh: `${kind} 与 ${ids.get(id)} 使用了同一个模板ID`, en: `${kind} uses the same template id as ${ids.get(id)}` })
    } else ids.set(id, kind)
    const keys = t.data.keys
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
      problems.push({ path: `${kind}.keys`, zh: `${kind}.keys 应为对象：{"字段槽":"thing1"}`, en: `${kind}.keys must map slots to WeChat keys` })
      continue
    }
    const seen = new Map<string, string>()
    const out: Record<string, string> = {}
    for (const [slot, key] of Object.entries(keys as Record<string, unknown>)) {
      const slotSpec = spec.slots[slot]
      if (!slotSpec) {
        problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind} 没有字段槽“${slot}”，可用：${Object.keys(spec.slots).join('、')}`, en: `${kind} has no slot "${slot}"; slots: ${Object.keys(spec.slots).join(', ')}` })
        continue
      }
      const type = typeof key === 'string' ? keyType(key) : null
      if (typeof key !== 'string' || type === null) {
        problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind}.keys.${slot} 应为微信模板字段名，如 thing1、phrase2`, en: `${kind}.keys.${slot} must be a WeChat data key such as thing1 or phrase2` })
        continue
      }
      if (!slotSpec.types.includes(type)) {
        problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind}.keys.${slot}（${slotSpec.meaning}）的字段类型应为 ${slotSpec.types.join(' 或 ')}，而不是 ${type}`, en: `${kind}.keys.${slot} must be of type ${slotSpec.types.join(' or ')}, not ${type}` })
        continue
      }
      if (seen.has(key)) {
        problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind} 中 ${slot} 与 ${seen.get(key)} 使用了同一个字段 ${key}`, en: `${kind}: ${slot} and ${seen.get(key)} share the key ${key}` })
        continue
      }
      seen.set(key, slot)
      out[slot] = key
    }
    for (const [slot, s] of Object.entries(spec.slots)) {
      if (s.required && !(slot in (keys as Record<string, unknown>))) {
        problems.push({ path: `${kind}.keys.${slot}`, zh: `${kind} 缺少必填字段槽 ${slot}（${s.meaning}）`, en: `${kind} is missing the required slot ${slot} (${s.meaning})` })
      }
    }
    if (typeof id === 'string') value[kind as TemplateKind] = { id, keys: out }
  }
  return problems.length ? { ok: false, problems } : { ok: true, value }
}

/** SUBSCRIBE_TEMPLATES + SUBSCRIBE_LONG_TERM ("true" | "false", default false). */
export function parseSubscribeSettings(env: { SUBSCRIBE_TEMPLATES?: string; SUBSCRIBE_LONG_TERM?: string }): Parsed<SubscribeSettings> {
  const templates = parseSubscribeTemplates(env.SUBSCRIBE_TEMPLATES)
  const lt = (env.SUBSCRIBE_LONG_TERM ?? '').trim().toLowerCase()
  const problems = templates.ok ? [] : [...templates.problems]
  if (lt !== '' && lt !== 'true' && lt !== 'false') {
    problems.push({ path: 'SUBSCRIBE_LONG_TERM', zh: 'SUBSCRIBE_LONG_TERM 应为 true 或 false', en: 'SUBSCRIBE_LONG_TERM must be "true" or "false"' })
  }
  if (problems.length || !templates.ok) return { ok: false, problems }
  return { ok: true, value: { templates: templates.value, longTerm: lt === 'true' } }
}

/**
 * The template ids a prompt asks consent for (at most three, as WeChat allows): by default the
 * ones a filing's submit asks for; the report tap and the case page name their own kind.
 */
export function promptTemplateIds(settings: SubscribeSettings, kinds: readonly TemplateKind[] = FILING_PROMPT_KINDS): string[] {
  return kinds.map((k) => settings.templates[k]?.id).filter((id): id is string => !!id).slice(0, 3)
}

/** The kind a configured template id belongs to. */
export function templateKindOf(settings: SubscribeSettings, templateId: string): TemplateKind | null {
  return TEMPLATE_KIND_NAMES.find((k) => settings.templates[k]?.id === templateId) ?? null
}
