export default definePageConfig({ navigationBarTitleText: '活动与培训', enablePullDownRefresh: true })
