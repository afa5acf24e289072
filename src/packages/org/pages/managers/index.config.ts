export default definePageConfig({ navigationBarTitleText: '备案管理人' })
