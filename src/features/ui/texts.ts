/** Texts of the shared controls, in one place for review. */
export const UI_T = {
  pick: '请选择',
  datePlaceholder: '请选择日期'
}
