import { MAX_REPORT_EVIDENCE } from '../../core/supervision/report'
import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import type { ReportReason } from '../../core/schemas/report'
import { ACCOUNT_NAME_MAX as MAX_NAME } from '../../core/contracts/shared'

export type { ReportReason }

/**
 * The report reasons the `public.report` contract accepts (core's REPORT_REASONS), in the order
 * and wording shown to people; the type keeps the values in step with core.
 */
export const REPORT_REASONS: ReadonlyArray<{ value: ReportReason, label: string }> = [
  { value: '未备案', label: '未按规定备案' },
  { value: '违法违规内容', label: '发布违法违规信息' },
  { value: '发布谣言或虚假信息', label: '发布谣言或虚假信息' },
  { value: '冒用本地名义', label: '冒用本地名义' },
  { value: '其他', label: '其他' }
]

/** Longest 补充说明 we accept: enough for a clear account of what happened, short enough to read. */
export const DETAILS_MAX = 500
/** The contracts' limit on an account name (lookup and report). */
export const ACCOUNT_NAME_MAX = MAX_NAME

/** Texts of 备案查询 and 举报, built from the jurisdiction config (nothing city-specific written here). */
export function publicTexts (cfg: JurisdictionConfig) {
  const example = cfg.filingNumber.format.replace(/\{year(?::\d+)?\}/, '2024').replace(/\{seq(?::(\d+))?\}/, (_m, w?: string) => '123'.padStart(w ? Number(w) : 3, '0'))
  return {
    lookup: {
      title: '查询账号是否已备案',
      intro: `输入备案号，或选择平台并输入账号名称，查询该网站、APP或自媒体账号是否已在${cfg.office.name}登记备案。`,
      privacy: '查询结果只显示账号和备案信息，不显示备案人的任何个人信息。',
      modeLabel: '查询方式',
      byNumber: '按备案号查询',
      byAccount: '按平台和账号名称查询',
      number: '备案号',
      numberPlaceholder: `例如 ${example}`,
      numberHint: `如 ${example}，只输入数字也可以；可在账号简介或备案证明上找到`,
      numberEmpty: '请输入备案号',
      numberInvalid: `备案号格式不正确，应为 ${example} 这样的格式，请核对后重新输入`,
      platform: '所在平台',
      platformEmpty: '请选择账号所在的平台',
      accountName: '账号名称',
      accountNamePlaceholder: '请输入账号名称（网站、APP填名称）',
      accountNameEmpty: '请输入账号名称',
      accountNameLong: `账号名称不能超过${ACCOUNT_NAME_MAX}个字，请核对`,
      search: '查询',
      again: '重新查询',
      foundTitle: '已备案',
      notFoundTitle: '未查询到备案记录',
      notFoundBody: [
        '这表示：该账号目前没有已通过的登记备案。可能是尚未备案、仍在审核中，或者输入的备案号、平台、账号名称有误。',
        '请核对后重新查询。账号名称需与平台上显示的名称一致。'
      ],
      ownAccount: `如果这是您运营的账号，且需要在${cfg.cityName}登记备案，请尽快办理。`,
      startFiling: '开始备案',
      reportThis: '发现违规账号？去举报',
      cancelledTitle: '该备案已注销',
      cancelledBody: '这个备案号曾经有效，现已注销，不能再作为该账号已备案的依据。',
      cancelledOwn: `如果这是您运营的账号，且仍在运营，请重新在${cfg.cityName}登记备案。`,
      fields: { filingNumber: '备案号', platform: '平台', accountName: '账号名称', approvedAt: '备案日期', status: '状态' }
    },
    report: {
      title: '举报违规账号',
      intro: `发现本地网站、APP或自媒体账号未按规定备案，或发布违法违规信息，请告诉${cfg.office.shortName}。`,
      privacy: '举报内容严格保密，不会告知被举报人，也不会公开您的身份。我们只记录您的微信标识，用于核查时联系和防止恶意举报。',
      platform: '所在平台',
      platformEmpty: '请选择被举报账号所在的平台',
      accountName: '被举报的账号名称',
      accountNamePlaceholder: '请输入平台上显示的账号名称',
      accountNameEmpty: '请输入被举报的账号名称',
      accountNameLong: `账号名称不能超过${ACCOUNT_NAME_MAX}个字，请核对`,
      reason: '举报类型',
      reasonEmpty: '请选择举报类型',
      details: '补充说明',
      detailsPlaceholder: '例如：违规内容的发布时间、链接或具体情况',
      detailsCount: (n: number) => `已输入 ${n}/${DETAILS_MAX} 字`,
      detailsLong: `补充说明不能超过${DETAILS_MAX}个字，请精简`,
      submit: '提交举报',
      fixAbove: '请按上面的提示修改后再提交',
      doneTitle: '举报已提交',
      doneRef: (n: string) => `受理编号：${n}`,
      doneRefLabel: '受理编号',
      doneKeep: '请记下受理编号，可随时查询办理进度；办结后我们会通过微信通知您（如您同意接收）。',
      progress: '查看办理进度',
      evidence: `举报截图（选填，最多${MAX_REPORT_EVIDENCE}张）`,
      evidenceHint: '可从相册选择截图，截图仅用于核查，严格保密',
      doneNote: '核查需要一定时间，请耐心等待；如需补充情况，可再次提交举报。',
      urgent: `紧急情况请致电 ${cfg.office.phone}`,
      another: '再举报一个账号',
      home: '返回首页'
    },
    receipt: {
      title: '举报办理进度',
      intro: '输入举报时获得的受理编号，查询您本人提交的举报的办理情况。',
      number: '受理编号',
      numberPlaceholder: '例如 JB-2026-000123',
      numberEmpty: '请输入受理编号',
      search: '查询',
      mine: '我提交的举报',
      none: '您还没有提交过举报。',
      fields: { status: '办理状态', account: '被举报账号', reason: '举报类型', at: '举报时间', outcome: '办理结果', note: '答复说明', closedAt: '办结时间' }
    },
    notices: {
      title: '公示',
      intro: `${cfg.office.name}依法对以下网络账号采取监管措施，现予公示。整改完成后撤下。`,
      none: '目前没有公示中的事项',
      noneBody: '经约谈、责令整改等程序后需要社会知晓的事项会在这里公示，整改完成后撤下。',
      toLookup: '查询备案',
      loadFailed: '加载失败，请稍后重试',
      fields: { name: '名称', measure: '事项', publishedAt: '公示日期', caseNumber: '案件编号' }
    },
    other: '其他',
    website: '网站',
    app: 'APP',
    pick: '请选择'
  }
}
export type PublicTexts = ReturnType<typeof publicTexts>
