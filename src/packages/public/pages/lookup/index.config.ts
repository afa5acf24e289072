export default definePageConfig({ navigationBarTitleText: '备案查询' })
