export default definePageConfig({ navigationBarTitleText: '监管案件', enablePullDownRefresh: true })
