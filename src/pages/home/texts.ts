import type { JurisdictionConfig } from '../../core/jurisdiction/schema'

/** Texts of 首页, built from the jurisdiction config (nothing city-specific is written here). */
export function homeTexts (cfg: JurisdictionConfig) {
  const city = cfg.cityName
  const thresholded = cfg.platforms.filter((p) => p.followerThreshold !== null)
  const threshold = thresholded[0]?.followerThreshold
  return {
    title: '网络平台账号登记备案',
    what: `${cfg.office.name}对本地网站、APP和自媒体账号实行登记备案。备案后可查询备案状态、获得备案号，并受邀参加培训和活动。`,
    whoTitle: '哪些需要备案',
    who: [
      `在${city}注册开办的网站、APP和自媒体账号`,
      `账号名称含有${city}或各镇（街道）、村（社区）地名等本地特征`,
      `发布${city}的新闻信息、热点资讯或提供信息服务`,
      '以前备案过、现在信息有变更',
      `运营者长居${city}，或发布内容大部分与${city}有关`
    ],
    threshold: thresholded.length > 0 && threshold !== undefined
      ? `${thresholded.map((p) => p.name).join('、')}账号粉丝数${threshold}以上的须备案。`
      : '',
    deadline: `新开通的账号请在开通后 ${cfg.newAccountDeadlineWorkingDays} 个工作日内完成登记备案。`,
    selfCheck: '我需要备案吗？（自助判断）',
    start: '开始备案',
    startAnother: '新建另一份备案',
    lookup: '查询账号是否已备案',
    report: '举报违规账号',
    resumeTitle: '您有一份备案还没有提交',
    resumeBody: (title: string, at: string) => `${title ? `“${title}”` : '未命名草稿'}，${at}保存`,
    resume: '继续填写',
    discard: '不用了',
    contactTitle: '联系我们',
    officeLabel: '单位',
    personLabel: '联系人',
    phoneLabel: '电话',
    emailLabel: '邮箱',
    emailCopied: '邮箱地址已复制',
    hoursTitle: '办公时间',
    holidays: '法定节假日除外',
    privacyTitle: '个人信息保护',
    receipt: '举报办理进度',
    notices: '公示',
    staffRedeem: '网信办工作人员？输入邀请码登记',
    privacy: [
      '我们收集：备案主体和运维负责人的姓名（名称）、身份证号码或统一社会信用代码、联系方式、地址，账号信息，以及证件和登记表照片。',
      `用途：仅用于${cfg.office.name}的账号登记备案、核验和联系您，不作他用。`,
      '保护措施：身份证号码加密保存，页面上只显示部分号码；证件照片加盖“' + cfg.watermarkText.split('{office}').join(cfg.office.name) + '”水印，仅您本人和网信办工作人员可以查看。',
      `保存期限：未提交的草稿${cfg.retention.abandonedDraftDays}天未修改会自动删除；撤回或驳回的备案，照片在${cfg.retention.closedFilingFileDays}天后删除；您也可以随时删除草稿及其照片。`
    ]
  }
}

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六']

/** 'Mon–Fri 08:30–12:00' in Chinese: '周一至周五 08:30-12:00'. */
export function hoursLine (weekdays: number[], from: string, to: string): string {
  const sorted = [...weekdays].sort()
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1)
  const days = consecutive && sorted.length > 2 ? `周${WEEKDAY[sorted[0]]}至周${WEEKDAY[sorted[sorted.length - 1]]}` : sorted.map((d) => `周${WEEKDAY[d]}`).join('、')
  return `${days} ${from}-${to}`
}
