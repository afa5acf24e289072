export default defineAppConfig({
  pages: ['pages/home/index', 'pages/filings/index', 'pages/review/index'],
  subPackages: [
    { root: 'packages/wizard', pages: ['pages/start/index'] }
  ],
  window: {
    navigationBarTitleText: '账号登记备案',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7'
  }
})
