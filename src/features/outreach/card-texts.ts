/** Texts of 我的备案's outreach card (a tab page: kept apart so the main package carries only these). */
export const CARD = {
  title: '活动与培训',
  open: (n: number) => `${n} 个活动可报名`,
  signedUp: (n: number) => `已报名 ${n} 个`,
  none: '暂无新的活动邀请',
  record: (n: number) => `参加记录：已参加 ${n} 次`,
  attendedRow: (kind: string, title: string, date: string) => `${kind}“${title}”· ${date}`,
  openList: '查看活动与培训',
  reverifyTitle: '年度核验待完成',
  reverifyRow: (title: string, names: string, deadline: string) => `${title}：${names}（${deadline}前）`,
  reverifyOpen: '去核验'
}
