/**
 * A deliberately different jurisdiction (a made-up office for 顺德区) used to prove that
 * core has nothing Kaiping-specific: other towns, a 10,000 threshold, another number format,
 * other hours, a 20-working-day deadline and a holiday table for a year the package lacks.
 */
import { JurisdictionConfigSchema, type JurisdictionConfig } from '@/core'

export const shundeConfig: JurisdictionConfig = JurisdictionConfigSchema.parse({
  id: 'shunde',
  cityName: '顺德区',
  cityShortNames: ['顺德', '凤城'],
  province: '广东省',
  regionCodePrefix: '440606',
  towns: [
    { code: 'dl', name: '大良街道', shortNames: ['大良'] },
    { code: 'rg', name: '容桂街道', shortNames: ['容桂', '容奇', '桂洲'] },
    { code: 'lc', name: '乐从镇', shortNames: ['乐从'] },
    { code: 'bj', name: '北滘镇', shortNames: ['北滘'] },
    { code: 'cc', name: '陈村镇', shortNames: ['陈村'] }
  ],
  placeMarkers: ['清晖园', '双皮奶', 'Shunde'],
  ambiguousMarkers: ['双皮奶'],
  office: {
    name: '顺德区网络安全和信息化办公室',
    shortName: '顺德区网信办',
    contactPerson: '陈女士',
    email: 'wxb@example.gov.cn',
    phone: '0757-22220000',
    hours: [
      { weekdays: [1, 2, 3, 4], from: '09:00', to: '12:00' },
      { weekdays: [1, 2, 3, 4], from: '13:30', to: '18:00' },
      { weekdays: [5], from: '09:00', to: '12:00' }
    ]
  },
  campaign: { start: '2025-03-01', end: '2025-04-30' },
  newAccountDeadlineWorkingDays: 20,
  platforms: [
    { code: 'douyin', name: '抖音', followerThreshold: 10000 },
    { code: 'bilibili', name: '哔哩哔哩', followerThreshold: 1000 },
    { code: 'toutiao', name: '头条号', followerThreshold: null },
    { code: 'other', name: '其他' }
  ],
  filingNumber: { format: 'SD-{year}-{seq:4}' },
  watermarkText: '{office}专用',
  reviewWorkingDays: 5,
  timezone: 'Asia/Shanghai',
  holidayOverrides: {
    '2031': { holidays: ['2031-01-01', '2031-01-02'], workdays: ['2031-01-04'] }
  },
  retention: { abandonedDraftDays: 30, closedFilingFileDays: 7 }
})
