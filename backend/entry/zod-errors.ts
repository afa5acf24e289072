/** zod issues → { dottedPath: Chinese message } (first message per field). */
import type { ZodError } from 'zod'

export function zodFieldErrors(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of err.issues) {
    const path = issue.path.join('.') || '_'
    if (!(path in out)) out[path] = chineseIssue(issue.message, issue.code)
  }
  return out
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

export function firstMessage(fields: Record<string, string>): string {
  const [path, msg] = Object.entries(fields)[0] ?? ['', '']
  return path && path !== '_' ? `请检查“${path}”：${msg}` : msg || '提交的内容有误，请检查后重试'
}
