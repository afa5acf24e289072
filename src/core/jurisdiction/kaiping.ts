/**
 * Kaiping (开平市, Jiangmen, Guangdong): the first jurisdiction. Values come from the office's
 * notice of 2023-12-20 (contact, hours, campaign window, thresholds, platforms, materials).
 * Town codes follow the township-level statistical division codes (440783xxx); they are only
 * stable identifiers for stored data and can be corrected without touching code.
 */
import { JurisdictionConfigSchema, type JurisdictionConfig, type JurisdictionConfigInput } from './schema'

const WEEKDAYS = [1, 2, 3, 4, 5]

const kaipingInput: JurisdictionConfigInput = {
  id: 'kaiping',
  cityName: '开平市',
  cityShortNames: ['开平'],
  province: '广东省',
  regionCodePrefix: '440783',
  towns: [
    { code: '440783001', name: '三埠街道', shortNames: ['三埠'] },
    { code: '440783002', name: '长沙街道', shortNames: ['长沙'] },
    { code: '440783100', name: '月山镇', shortNames: ['月山'] },
    { code: '440783101', name: '水口镇', shortNames: ['水口'] },
    { code: '440783102', name: '沙塘镇', shortNames: ['沙塘'] },
    { code: '440783103', name: '苍城镇', shortNames: ['苍城'] },
    { code: '440783104', name: '龙胜镇', shortNames: ['龙胜'] },
    { code: '440783105', name: '大沙镇', shortNames: ['大沙'] },
    { code: '440783106', name: '马冈镇', shortNames: ['马冈'] },
    { code: '440783107', name: '塘口镇', shortNames: ['塘口'] },
    { code: '440783108', name: '赤坎镇', shortNames: ['赤坎'] },
    { code: '440783109', name: '百合镇', shortNames: ['百合'] },
    { code: '440783110', name: '蚬冈镇', shortNames: ['蚬冈'] },
    { code: '440783111', name: '金鸡镇', shortNames: ['金鸡'] },
    { code: '440783112', name: '赤水镇', shortNames: ['赤水'] }
  ],
  // EDITABLE: the office extends this list (villages, landmarks, old names, romanisations).
  placeMarkers: [
    '開平', // traditional characters, common among overseas Chinese (侨乡)
    '粤开平',
    'Kaiping',
    'Hoiping', // Cantonese romanisation of 开平
    '开平碉楼',
    '碉楼',
    '立园',
    '自力村',
    '赤坎古镇',
    '马降龙',
    '锦江里',
    '迎龙楼',
    '瑞石楼',
    '潭江'
  ],
  // EDITABLE: names that also mean something else (长沙 = Changsha, 百合 = lily, 赤水 = Chishui, …).
  ambiguousMarkers: ['长沙', '月山', '水口', '沙塘', '龙胜', '大沙', '百合', '金鸡', '赤水', '碉楼', '潭江'],
  office: {
    name: '开平市互联网信息办公室',
    shortName: '开平市网信办',
    contactPerson: '林先生',
    email: '644636946@qq.com',
    phone: '0750-2268763',
    landlineExample: '0750-2268000',
    hours: [
      { weekdays: WEEKDAYS, from: '08:30', to: '12:00' },
      { weekdays: WEEKDAYS, from: '14:30', to: '17:30' }
    ]
  },
  campaign: { start: '2023-12-21', end: '2024-01-19' },
  newAccountDeadlineWorkingDays: 30,
  platforms: [
    { code: 'douyin', name: '抖音', followerThreshold: 5000 },
    { code: 'kuaishou', name: '快手', followerThreshold: 5000 },
    { code: 'weibo', name: '新浪微博', followerThreshold: 5000 },
    { code: 'xiaohongshu', name: '小红书', followerThreshold: 5000 },
    { code: 'wechat_mp', name: '微信公众号', followerThreshold: 5000 },
    { code: 'toutiao', name: '头条号', followerThreshold: null },
    { code: 'kandian', name: '看点号', followerThreshold: null },
    { code: 'qie', name: '企鹅号', followerThreshold: null },
    { code: 'baijiahao', name: '百家号', followerThreshold: null },
    { code: 'netease', name: '网易号', followerThreshold: null },
    { code: 'yidian', name: '一点号', followerThreshold: null },
    { code: 'sohu', name: '搜狐号', followerThreshold: null },
    { code: 'dafeng', name: '大风号', followerThreshold: null },
    { code: 'dayu', name: '大鱼号', followerThreshold: null },
    { code: 'kuaibao', name: '天天快报号', followerThreshold: null },
    // Named by later local notices (唐县 2025) beside the 2023 list; no threshold in Kaiping's notice.
    { code: 'channels', name: '视频号', followerThreshold: null },
    { code: 'bilibili', name: 'B站', followerThreshold: null },
    { code: 'zhihu', name: '知乎', followerThreshold: null },
    { code: 'other', name: '其他', followerThreshold: null }
  ],
  // EDITABLE: the office's own wording and choices over the field catalogue's defaults
  // (required / optional / hidden, label, help). Keys are catalogue paths.
  fields: {
    'subject.supervisor': { help: '党政机关、事业单位填写上级主管部门；社会团体填写业务主管单位' },
    'accounts.*.ipLocation': { help: '账号主页显示的IP属地，如 广东' },
    'accounts.*.psbNumber': { help: '网站底部的公安备案标识，如 粤公网安备44010602000001号；尚未办理可不填' },
    'accounts.*.mcnName': { label: 'MCN或代运营机构', help: '签约MCN机构或委托代运营的，填写机构全称；没有可不填' }
  },
  filingNumber: { format: '开网备{year}{seq:6}' },
  watermarkText: '仅供{office}账号备案使用',
  reviewWorkingDays: 10,
  // EDITABLE: office practice, not in the notice (subscription template ids and keys are not
  // jurisdiction facts: they come from the deployment's SUBSCRIBE_TEMPLATES).
  correction: { workingDays: 15, remindWorkingDaysBefore: 3 },
  timezone: 'Asia/Shanghai',
  // Years the bundled calendar (chinese-days) already knows need no entry here.
  holidayOverrides: {},
  retention: { abandonedDraftDays: 90, closedFilingFileDays: 30, unreferencedUploadHours: 24, exportMinutes: 60 },
  uploads: { perApplicantPerDay: 60 },
  supervision: { summonNoticeFormat: '开网约〔{year}〕{seq}号', orderNoticeFormat: '开网改〔{year}〕{seq}号' }
}

export const kaipingConfig: JurisdictionConfig = JurisdictionConfigSchema.parse(kaipingInput)
