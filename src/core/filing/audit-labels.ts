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
