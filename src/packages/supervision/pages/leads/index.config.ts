export default definePageConfig({ navigationBarTitleText: '未备案线索', enablePullDownRefresh: true })
