/**
 * The few texts the 审核 tab page (main package) shows. Apart from ./texts so the main package
 * does not carry every staff-screen string (Taro escapes Chinese as \\uXXXX: 6 bytes a character).
 */
export const TAB_T = {
  workbench: '审核工作台',
  greeting: (name: string) => `${name}，您好。`,
  staffFallbackName: '工作人员',
  notStaff: '此页面仅供网信办工作人员使用',
  notStaffHint: '网信办工作人员请先用管理员给的邀请码登记。',
  toHome: '返回首页',
  redeem: '工作人员登记',
  openQueue: '进入审核队列',
  openStats: '统计',
  openSupervision: '监管（举报、线索、案件）',
  openOutreach: '活动与培训、年度核验',
  openDashboard: '监管看板',
  openScan: '扫码核验备案证明',
  openStaff: '人员管理',
  openEntry: '代录入备案',
  openImport: '导入旧台账',
  tabs: { todo: '待审核', returned: '已退回', approved: '已通过', rejected: '已驳回', all: '全部' }
} as const
