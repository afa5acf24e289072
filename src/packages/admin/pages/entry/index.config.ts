export default definePageConfig({ navigationBarTitleText: '代录入备案' })
