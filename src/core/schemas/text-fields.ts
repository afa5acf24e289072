/**
 * The text field builders (every free text goes through `visible`), in a leaf of their own: the
 * shared contract pieces use them, and the mini-program's main package must not carry every
 * identifier validator with them (those stay in ./fields.ts).
 */
import { z } from 'zod'
import { validateVisibleText } from '../validators/text-safety'

export function requiredString(label: string) {
  return z.string({ required_error: `请填写${label}`, invalid_type_error: `${label}应为文字，请重新填写` })
}

/**
 * Refuses what a reader cannot see or check (controls, zero-width and bidi characters, private
 * use, lone surrogates, blank-looking fillers; newlines unless `multiline`), naming the field.
 * Every text field in every schema goes through this, so no form or action can skip it.
 */
export function visible<T extends z.ZodType<string, z.ZodTypeDef, unknown>>(schema: T, label: string, opts: { multiline?: boolean } = {}) {
  return schema.superRefine((value, ctx) => {
    const r = validateVisibleText(value, label, opts)
    if (!r.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.message })
  })
}

/** Trimmed single-line text of min..max characters. */
export function text(label: string, max: number = 50, min = 1) {
  return visible(
    requiredString(label)
      .trim()
      .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字，请补充`)
      .max(max, `${label}不能超过${max}个字，请精简`),
    label
  )
}

/** Trimmed free text that may span lines (report details, reasons). */
export function multilineText(label: string, max: number, min = 0) {
  const base = requiredString(label).trim().max(max, `${label}不能超过${max}个字，请精简`)
  return visible(min > 0 ? base.min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字，请补充`) : base, label, { multiline: true })
}
