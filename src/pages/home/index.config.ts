export default definePageConfig({ navigationBarTitleText: '账号登记备案' })
