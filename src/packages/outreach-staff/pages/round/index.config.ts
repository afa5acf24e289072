export default definePageConfig({ navigationBarTitleText: '核验进度', enablePullDownRefresh: true })
