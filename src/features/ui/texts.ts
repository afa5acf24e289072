/** Texts of the shared kit, in one place for review. */
export const UI_T = {
  pick: '请选择',
  datePlaceholder: '请选择日期',
  timePlaceholder: '请选择时间',
  optional: '选填',
  busy: '请稍候…',
  loading: '正在加载',
  retry: '重试',
  offlineTitle: '网络不可用',
  offlineBody: '请检查网络连接后重试',
  errorTitle: '加载失败',
  loadFailed: '加载失败，请稍后重试',
  conflict: '已被他人处理，已为您刷新为最新状态',
  photoOf: (label: string) => `${label}照片（点按放大）`,
  // The tile's visible words (PDF, 共n页) stay together in its name: a tappable tile's name must contain what it shows (axe label-content-name-mismatch).
  pdfOf: (label: string, pages: number) => `${label} PDF 共${pages}页（扫描件）`,
  pdfPages: (pages: number) => `共${pages}页`,
  pdfOpen: '点按打开'
}
