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
  accountName: '账号名称（选填）',
  accountNameHint: '用来判断名称中是否含有本地地名',
  platform: '所在平台（选填）',
  followers: '粉丝数（选填）',
  openedOn: '开通日期（选填）',
  check: '查看结果',
  again: '重新判断',
  start: '开始备案',
  result: '判断结果',
  due: (d: string) => `备案期限：${d}`,
  unanswered: '请回答上面每一个“是/否”问题',
  disclaimer: '结果仅供参考，以网信办的认定为准；情况变化时请重新判断。'
} as const
