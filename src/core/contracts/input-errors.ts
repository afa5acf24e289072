/**
 * A refused input as the user sees it: zod issues → { dottedPath: Chinese message } (first
 * message per field) and one summary line. The functions answer with it, and the mini-program's
 * transport words a refusal it finds before sending the same way, field by field. Field labels
 * are passed in (`labelOf`): the label table pulls in every field's validator, which the main
 * package (where the transport lives) must not carry.
 */
import type { ZodError, ZodIssue } from 'zod'

export function zodFieldErrors(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of flatten(err.issues)) {
    // Paths inside `content` are reported as the form knows them ('subject.name', not 'content.subject.name').
    const path = issue.path.join('.').replace(/^content\./, '') || '_'
    if (!(path in out)) out[path] = chineseIssue(issue.message, issue.code)
  }
  return out
}

/** A union failure is reported through its closest branch (fewest issues), field by field. */
function flatten(issues: readonly ZodIssue[]): ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.unionErrors.length === 0) return [issue]
    const best = [...issue.unionErrors].sort((a, b) => a.issues.length - b.issues.length)[0]
    return flatten(best.issues)
  })
}

/** Core's schemas already speak Chinese; zod's own English defaults get a generic fix. */
function chineseIssue(message: string, code: string): string {
  if (/[\u4e00-\u9fff]/.test(message)) return message
  switch (code) {
    case 'invalid_type':
      return '格式不正确或未填写，请检查后重新填写'
    case 'too_big':
      return '内容过长，请精简'
    case 'too_small':
      return '内容过短或未填写，请补充'
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union_discriminator':
      return '选项无效，请重新选择'
    case 'unrecognized_keys':
      return '包含无法识别的字段，请刷新后重试'
    default:
      return '格式不正确，请检查后重新填写'
  }
}

/** The summary line: the field's label (when `labelOf` knows the path) before its message. */
export function firstMessage(fields: Record<string, string>, labelOf: (path: string) => string = (p) => p): string {
  const [path, msg] = Object.entries(fields)[0] ?? ['', '']
  const label = labelOf(path)
  const count = Object.keys(fields).length
  const more = count > 1 ? `（共${count}处需要修改）` : ''
  if (!path || path === '_' || label === path || msg.includes(label)) return `${msg || '提交的内容有误，请检查后重试'}${more}`
  return `${label}：${msg}${more}`
}
