/** Texts of claiming a filing staff entered or imported from the old register. */
export const C = {
  title: '认领原备案',
  intro: '以前通过纸质材料、邮件或现场办理的备案，已由网信办录入本系统。认领后即可在“我的备案”中查看和变更，无需重新备案。',
  modeLabel: '认领方式',
  byNumber: '原备案号',
  byCode: '认领码',
  number: '原备案号',
  numberHint: '以前办理备案时网信办告知的备案号',
  code: '认领码',
  codeHint: '网信办工作人员提供的认领码（6至16位字母或数字）',
  identity: '备案主体证件号码',
  identityHint: '个人填写身份证等证件号码；单位填写统一社会信用代码或组织机构代码',
  submit: '认领',
  doneTitle: '认领成功',
  done: (n: string | null) => `备案${n ? ` ${n} ` : ''}已归入“我的备案”。如信息有变化，请点击下方按钮申请变更。`,
  amend: '查看并变更备案',
  privacy: '证件号码只用于核对您是备案主体本人或单位，不会显示给他人。',
  required: { number: '请填写原备案号', code: '请填写认领码', identity: '请填写备案主体的证件号码或统一社会信用代码' }
} as const
