/**
 * Typed failures a handler can raise. make-main maps them to ActionResult; anything else is
 * an 'internal' error with a generic message (details only in the log).
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'duplicate'
  | 'invalid_state'
  | 'rate_limited'
  | 'internal'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export type ActionError = { code: ErrorCode; message: string; fields?: Record<string, string> }
export type ActionResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ActionError }

/** The one wording for a lost optimistic-concurrency race (shown verbatim to the user). */
export const CONFLICT_MESSAGE = '已被他人处理，请刷新'

export const errors = {
  invalid: (message: string, fields?: Record<string, string>) => new AppError('invalid_input', message, fields),
  unauthenticated: () => new AppError('unauthenticated', '无法识别您的微信身份，请在微信小程序内重新打开后再试'),
  forbidden: (message = '您没有权限进行此操作') => new AppError('forbidden', message),
  notFound: (message = '找不到该备案，可能已被删除') => new AppError('not_found', message),
  conflict: () => new AppError('conflict', CONFLICT_MESSAGE),
  duplicate: (message: string, fields?: Record<string, string>) => new AppError('duplicate', message, fields),
  invalidState: (message: string) => new AppError('invalid_state', message),
  rateLimited: (message: string) => new AppError('rate_limited', message)
}
