export default definePageConfig({ navigationBarTitleText: '年度核验', enablePullDownRefresh: true })
