export default definePageConfig({ navigationBarTitleText: '登记备案' })
