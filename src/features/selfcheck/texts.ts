/** Texts of the "do I have to file?" self-check. */
export const S = {
  title: '我需要备案吗？',
  intro: '回答几个问题，马上知道您的网站、APP或自媒体账号是否需要登记备案。',
  yes: '是',
  no: '否',
  q: {
    registeredInCity: (city: string) => `是否在${city}以个人或公司名义注册开办？`,
    operatorLivesInCity: (city: string) => `注册者、管理者或使用者是否长居${city}？`,
    publishesLocalNews: (city: string) => `是否发布${city}的新闻信息、热点资讯或提供信息服务？`,
    contentMostlyLocal: (city: string) => `发布的内容是否大部分与${city}有关？`,
    previouslyFiledAndChanged: '是否曾经备案过、现在信息有变更？'
  },
  accountName: '账号名称',
  accountNameHint: '用来判断名称中是否含有本地地名',
  platform: '所在平台',
  followers: '粉丝数',
  openedOn: '开通日期',
  pleaseAnswer: '请选择“是”或“否”',
  optionalTitle: '账号情况（选填，填了判断更准）',
  check: '查看结果',
  again: '重新判断',
  start: '开始备案',
  claim: '认领原备案并变更',
  changedNote: '原来备案过：在本小程序办理的，请在“我的备案”中申请变更；以前通过纸质材料、邮件或现场办理的，请先认领原备案，再申请变更，无需重新备案。',
  result: '判断结果',
  due: (d: string) => `备案期限：${d}`,
  overdue: (d: string) => `已逾期：备案期限 ${d} 已过，请尽快备案`,
  unanswered: (n: number) => `还有${n}个问题没有回答，请选择“是”或“否”`,
  disclaimer: '结果仅供参考，以网信办的认定为准；情况变化时请重新判断。'
} as const
