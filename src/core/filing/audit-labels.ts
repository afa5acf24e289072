/**
 * Filing audit actions that are not workflow transitions (those are `ACTION_LABELS`), as the
 * filing's history shows them (a leaf module: the review screen imports it).
 */
export const FILING_AUDIT_LABELS: Readonly<Record<string, string>> = {
  'save-draft-created': '创建草稿',
  'view-documents': '查看材料',
  reveal: '查看完整身份证号码',
  'transfer-start': '发起转让',
  'transfer-cancel': '撤销转让',
  transfer: '转让给新的运营主体'
}

/** Audit detail keys that name a person by openid: kept in the audit, never sent to a screen. */
const OPENID_KEYS: ReadonlySet<string> = new Set(['invitedBy', 'newOwner', 'fromOpenid', 'toOpenid'])

/** An audit entry's detail as a screen may show it: without openids (any `…openid` key or one of OPENID_KEYS). */
export function shownAuditDetail(detail: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(detail).filter(([k]) => !OPENID_KEYS.has(k) && !/openid$/i.test(k)))
}
