/** Every text the wizard shows, in one place for review. */
export const T = {
  steps: ['主体信息', '账号信息', '材料', '预览与承诺', '提交'],
  stepOf: (i: number, n: number) => `第${i + 1}步，共${n}步`,
  next: '下一步',
  back: '上一步',
  backToPreview: '保存并返回预览',
  saveLocal: '已保存在本机',
  saveCloud: '已同步到云端',
  saving: '正在同步…',
  offline: '网络不可用：已保存在本机，联网后自动同步',
  fixErrors: (n: number) => `还有${n}处需要填写或修改，请按红字提示完善`,
  mustTouch: (labels: string) => `请修改网信办标记的项目：${labels}`,
  loading: '正在加载…',
  loadFailed: '草稿加载失败，请检查网络后重试',
  retry: '重试',

  subjectType: '备案主体类型',
  subjectTypeHint: '先选择类型，下面的填写项会随之调整',
  operatorTitle: '运维负责人',
  operatorSame: '运维负责人就是本人',
  operatorOther: '由他人负责日常运维',
  operatorOrgHint: '单位备案须填写负责账号日常运维的人员',
  townPlaceholder: '请选择所在镇（街道）',

  accountsTitle: '要备案的网站、APP和自媒体账号',
  accountsEmpty: '还没有添加账号，请点下面的按钮添加',
  addAccount: '添加账号',
  addKind: '要添加的类型',
  editAccount: '修改',
  removeAccount: '删除',
  doneAccount: '完成此账号',
  removeConfirm: (name: string) => `确定删除“${name}”吗？`,
  unnamed: '未填写名称',
  flaggedCount: (n: number) => `网信办标记${n}处需修改`,
  storesPlaceholder: '多个商店用顿号分隔，如 华为应用市场、App Store',
  placeHint: (names: string) => `名称含有“${names}”，属于须登记备案的范围`,
  belowThreshold: (platform: string, n: number) => `${platform}账号粉丝数${n}以上须备案；未达到也可自愿备案`,
  dueDate: (date: string) => `应于 ${date} 前完成备案`,
  overdue: (date: string) => `备案期限已于 ${date} 届满，请尽快提交`,

  documentsTitle: '上传材料',
  documentsHint: '请拍摄原件，四角完整、文字清晰、避免反光',
  formTitle: '登记备案表',
  formHint: '已根据您填写的信息生成登记备案表。请保存或打印，加盖单位公章后拍照上传到下方“登记备案表（盖章）”。',
  formMaking: '正在生成登记备案表…',
  formFailed: '登记备案表生成失败，请返回上一步检查信息后重试',
  formSave: process.env.TARO_ENV === 'h5' ? '下载图片' : '保存到相册',
  formPrint: '打印',
  formPreview: '查看大图',
  formPrintHint: '在手机上无法直接打印：保存到相册后发送到电脑打印，或用支持手机打印的打印机。',
  formSaved: '已保存',
  formSaveFailed: '保存失败：请在设置中允许保存到相册后重试',
  needCloud: '草稿还没有同步到云端，联网后才能上传照片。请检查网络后返回上一步再点“下一步”。',

  previewTitle: '请核对以下信息',
  previewTapToEdit: '点击任一部分可修改',
  commitmentTitle: '信息真实性承诺',
  commitmentAccept: '我已阅读并同意以上承诺',
  signTitle: '本人签名',
  signHint: '个人备案须在屏幕上手写签名',
  signAgain: '重新签名',
  signed: '已签名',

  submitTitle: '提交备案',
  submitExplain: '提交后由网信办审核。为了及时告诉您审核结果，微信会询问是否接收通知，请选择“允许”。',
  submit: '提交备案',
  resubmit: '重新提交',
  amend: '提交变更',
  submitting: '正在提交…',
  doneTitle: '提交成功',
  doneNext: (office: string, days: number) => `${office}将在${days}个工作日内审核。审核结果会通过微信服务通知告诉您，也可以在“我的备案”查看进度。`,
  doneReturnHint: '如材料需要修改，网信办会逐项说明原因，修改后重新提交即可。',
  doneAmendHint: '变更审核期间，原备案继续有效。',
  toMyFilings: '查看我的备案',
  toHome: '返回首页',

  conflictTitle: '草稿在其他设备上改过',
  conflictContent: '云端的草稿比本机新。要保留本机正在填写的内容吗？选择“用云端”将放弃本机未同步的修改。',
  keepLocal: '保留本机',
  useCloud: '用云端',

  resumeTitle: '继续填写上次的备案？',
  resumeContent: (when: string) => `您有一份未提交的备案草稿（${when}保存）。`,
  resume: '继续填写',
  discard: '不用了',
  correctBanner: '网信办退回了这份备案，请修改标红的项目后重新提交；其他内容保持不变。',
  amendBanner: '变更备案：修改后提交审核，审核期间原备案继续有效。'
} as const

export const COMMITMENT_VERSION = 'v1'

export function commitmentText (office: string): string[] {
  return [
    `本人（单位）承诺：所填写的备案信息和上传的材料真实、准确、完整，如有变更将及时向${office}申请变更备案。`,
    '遵守国家网络信息内容管理的法律法规，不制作、复制、发布违法和不良信息。',
    '知悉提供虚假信息将被依法处理，逾期未备案或违规运营的账号可能被约谈、警告、限制发布直至关闭。'
  ]
}
