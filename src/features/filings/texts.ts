/** Texts of 我的备案, the filing detail and the proof. */
export const F = {
  empty: '还没有备案',
  emptyHint: '名下的网站、APP或自媒体账号需要备案时，从这里开始。',
  newFiling: '新建备案',
  /** 备案维护 (issue 11 §5, §6). */
  upkeep: '备案维护：报告变更、列入名录',
  /** An open change on the detail; the button it names is `amend` below. */
  changeDue: (kinds: string, status: string) => `${kinds}：${status}，点下方“变更备案”更新主体等信息后提交。`,
  unnamed: '未命名备案',
  number: (n: string) => `备案号：${n}`,
  subject: (s: string) => `主体：${s}`,
  updated: (t: string) => `更新于 ${t}`,
  due: (d: string) => `备案期限：${d}`,
  overdue: (d: string) => `已逾期（期限 ${d}），请尽快提交`,
  loadFailed: '加载失败，请稍后重试',

  timeline: '办理记录',
  timelineEmpty: '还没有办理记录。提交后，网信办的每一步处理都会记在这里。',
  contentTitle: '备案内容',
  documentsTitle: '材料',
  photoGone: '照片已删除',
  by: { applicant: '申请人', staff: '网信办', system: '系统' } as Record<string, string>,
  returnedTitle: '网信办退回，请修改以下项目',
  rejectedTitle: '驳回理由',
  reviewDue: (d: string) => `预计 ${d} 前审核完毕`,
  fixBy: (d: string) => `请于 ${d} 前按退回意见修改并重新提交`,
  accounts: '备案账号',
  actions: '可以进行的操作',
  continueDraft: '继续填写',
  correct: '修改后重新提交',
  withdraw: '撤回',
  withdrawTitle: '撤回备案',
  withdrawConfirm: '撤回后审核将停止，可以修改后重新提交。确定撤回吗？',
  amend: '变更备案',
  cancel: '注销备案',
  cancelTitle: '注销备案',
  cancelShort: '注销',
  cancelConfirm: '注销后该备案号作废，账号如继续运营须重新备案。确定注销吗？',
  deleteDraft: '删除草稿',
  deleteShort: '删除',
  deleteConfirm: '草稿和已上传的照片将被永久删除，无法恢复。确定删除吗？',
  proof: '查看备案证明',
  managers: '管理人（共同管理、邀请同事）',
  saveProfile: '保存为常用主体',
  bulk: '批量导入账号（Excel）',
  join: '加入同事的备案（输入邀请码）',
  done: '操作成功',
  back: '返回我的备案'
} as const

export const ACTION_NOTE: Record<string, string> = {
  'save-draft-created': '创建草稿',
  submit: '提交备案',
  resubmit: '修改后重新提交',
  withdraw: '撤回',
  approve: '审核通过',
  return: '退回修改',
  reject: '驳回',
  amend: '申请变更',
  cancel: '注销',
  remind: '到期提醒'
}

/** The operator's supervision banner on 我的备案 (the screens' texts are in case-texts.ts). */
export const SUP_BANNER = {
  title: (n: number) => `您有 ${n} 项网信办监管事项，请及时查看`,
  rowDeadline: (d: string) => `截止 ${d}`,
  overdue: '已逾期'
} as const
