export default defineAppConfig({
  // Tab pages stay in the main package (keep them light); everything heavy lives in a subpackage.
  pages: ['pages/home/index', 'pages/filings/index', 'pages/review/index'],
  subPackages: [
    // One line per subpackage: each feature owner edits only its own line.
    { root: 'packages/admin', pages: ['pages/queue/index', 'pages/detail/index', 'pages/stats/index', 'pages/staff/index', 'pages/redeem/index', 'pages/cancel/index'] },
    { root: 'packages/supervision', pages: ['pages/home/index', 'pages/reports/index', 'pages/report/index', 'pages/leads/index', 'pages/lead/index', 'pages/lead-new/index', 'pages/cases/index', 'pages/case/index', 'pages/step/index'] },
    { root: 'packages/wizard', pages: ['pages/start/index', 'pages/selfcheck/index'] },
    { root: 'packages/capture', pages: ['pages/camera/index'] },
    { root: 'packages/filing', pages: ['pages/detail/index', 'pages/proof/index', 'pages/case/index', 'pages/notice/index'] },
    { root: 'packages/public', pages: ['pages/lookup/index', 'pages/report/index', 'pages/receipt/index', 'pages/notices/index'] }
  ],
  window: {
    navigationBarTitleText: '账号登记备案',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7'
  }
})
